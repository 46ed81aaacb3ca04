using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Api;

/// <summary>Parses query-string values by hand so that every malformed value becomes a 400 naming the parameter,
/// never a framework error page or a 500.</summary>
internal static class QueryParameters
{
    public const int MaxLimit = 500;
    public const int MaxTextLength = 200;

    public static bool TryDate(string? value, string name, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrEmpty(value))
            return true;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"'{name}' must be a date as YYYY-MM-DD.";
        return false;
    }

    public static bool TryLimit(string? value, int fallback, out int limit, out string? error, int max = MaxLimit)
    {
        limit = fallback;
        error = null;
        if (string.IsNullOrEmpty(value))
            return true;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit >= 1 && limit <= max)
            return true;
        error = $"'limit' must be a whole number from 1 to {max}.";
        return false;
    }

    /// <summary>The values of single-valued parameters, trimmed, null when absent or blank; the first given twice is a 400.</summary>
    public static bool TrySingles(IQueryCollection query, IEnumerable<string> names, out Dictionary<string, string?> values, out IResult? problem)
    {
        values = new Dictionary<string, string?>(StringComparer.Ordinal);
        problem = null;
        foreach (var name in names)
        {
            if (!TrySingle(query, name, out var value, out var error))
            {
                problem = ApiProblems.BadParameter(name, error!);
                return false;
            }

            values[name] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        return true;
    }

    /// <summary>The one value of a parameter that takes one: a parameter given twice is an error, not a guess.</summary>
    public static bool TrySingle(IQueryCollection query, string name, out string? value, out string? error)
    {
        var values = query[name];
        value = values.Count == 0 ? null : values[0];
        error = values.Count > 1 ? $"'{name}' is given {values.Count} times; give it once." : null;
        return error is null;
    }

    /// <summary>A cursor is the opaque position after the last item of the previous page.</summary>
    public static bool TryCursor(string? value, out int offset, out string? error)
    {
        offset = 0;
        error = null;
        if (string.IsNullOrEmpty(value))
            return true;
        if (value.StartsWith('o') && int.TryParse(value.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset >= 0)
            return true;
        error = "'cursor' is not a cursor this API gave out.";
        return false;
    }

    public static string NextCursor(int offset, int count, int limit) =>
        count < limit || (long)offset + count > int.MaxValue ? "" : "o" + (offset + count).ToString(CultureInfo.InvariantCulture);

    /// <summary>A store id from the path; anything but a plain number is a 400 saying what the id names.</summary>
    public static bool TryId(string value, string what, out long id, out IResult? problem)
    {
        problem = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out id) ? null : ApiProblems.BadParameter("id", $"'id' must be {what} number.");
        return problem is null;
    }

    /// <summary>The item a path's id names, as <paramref name="answer"/> shapes it: a 400 for a malformed id, a 404 when nothing has it.</summary>
    public static async Task<IResult> OneAsync<T>(string id, string what, Func<long, Task<T?>> find, Func<T, object> answer)
        where T : class
    {
        if (!TryId(id, what, out var found, out var problem))
            return problem!;
        return await find(found) is { } item ? Results.Ok(answer(item)) : ApiProblems.NotFound($"No {what[(what.IndexOf(' ', StringComparison.Ordinal) + 1)..]} {found}.");
    }

    public static bool TryText(string? value, string name, out string? text, out string? error)
    {
        text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        error = null;
        if (text is null || text.Length <= MaxTextLength)
            return true;
        error = $"'{name}' is longer than {MaxTextLength} characters.";
        return false;
    }
}
