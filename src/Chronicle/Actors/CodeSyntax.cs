using System.Globalization;

namespace Chronicle.Actors;

/// <summary>Checks and parses the pieces of dictionary lines: actor codes and dates at the precision the source knows.</summary>
internal static class CodeSyntax
{
    /// <summary>An actor code: 3 to 15 capital letters or digits, starting with 3 letters (<c>RUS</c>, <c>PRKGOV</c>, <c>IGOUNO</c>, <c>IGOG20</c>).</summary>
    public static bool IsCode(string code)
    {
        if (code.Length is < 3 or > 15)
            return false;
        for (var k = 0; k < code.Length; k++)
        {
            var c = code[k];
            if (c is < 'A' or > 'Z' && (k < 3 || c is < '0' or > '9'))
                return false;
        }

        return true;
    }

    /// <summary>A role code alone: 3 capital letters (<c>GOV</c>).</summary>
    public static bool IsRole(string role) => role.Length == 3 && IsCode(role);

    /// <summary>Parses <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> (its first day) or <c>YYYY</c> (1 January); empty is an open end.</summary>
    public static bool TryParseDate(string field, out DateOnly? date)
    {
        date = null;
        if (field.Length == 0)
            return true;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateOnly.TryParseExact(field, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        date = parsed;
        return true;
    }

    /// <summary>Parses TABARI/PETRARCH dates: <c>YYMMDD</c> (years from 50 are 19xx) or <c>YYYYMMDD</c>.</summary>
    public static bool TryParseCompactDate(string field, out DateOnly date)
    {
        date = default;
        if (field.Length == 6 && int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var short6))
        {
            var yy = short6 / 10000;
            return TryMake((yy >= 50 ? 1900 : 2000) + yy, short6 / 100 % 100, short6 % 100, out date);
        }

        if (field.Length == 8 && int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var long8))
            return TryMake(long8 / 10000, long8 / 100 % 100, long8 % 100, out date);
        return false;
    }

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
