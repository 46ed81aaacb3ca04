using System.Text.Json;
using Chronicle.Events;

namespace Chronicle.Tests.Events;

/// <summary>How a seed's expected event is compared with a coded one. Actor codes match by country prefix (<c>RUS</c>
/// matches <c>RUSGOV</c>); <c>reported_by</c> matches the attribution's code, its name as written, or the name's
/// acronym (<c>KCNA</c>), in either direction of containment (<c>South Korea (Seoul)</c> contains <c>Seoul</c>).</summary>
internal static class SeedExpectation
{
    public static bool Matches(JsonElement want, CodedEvent e)
    {
        if (want.TryGetProperty("cameo_root", out var roots) && !roots.EnumerateArray().Any(r => r.GetString() == e.Cameo.Root))
            return false;
        if (want.TryGetProperty("actors", out var actors))
        {
            var pair = actors.EnumerateArray().Select(a => a.GetString()!).ToArray();
            if (!(Is(e.Source, pair[0]) && Is(e.Target, pair[1])) && !(Is(e.Source, pair[1]) && Is(e.Target, pair[0])))
                return false;
        }

        if (want.TryGetProperty("source", out var source) && !Is(e.Source, source.GetString()!))
            return false;
        if (want.TryGetProperty("target", out var target) && !Is(e.Target, target.GetString()!))
            return false;
        if (want.TryGetProperty("location", out var location) && (e.Location is null || !e.Location.Contains(location.GetString()!, StringComparison.Ordinal)))
            return false;
        if (want.TryGetProperty("date", out var date) && e.Date != date.GetString())
            return false;
        if (want.TryGetProperty("date_range", out var range) && !InRange(e.Date, range[0].GetString()!, range[1].GetString()!))
            return false;
        return !want.TryGetProperty("reported_by", out var reporter) || Reporter(e, reporter.GetString()!);
    }

    public static bool Violates(JsonElement rule, CodedEvent e)
    {
        if (rule.TryGetProperty("any_actor_mentioned_only_in", out var names))
        {
            return names.EnumerateArray().Select(n => n.GetString()!)
                .Any(n => (e.SourceName?.Contains(n, StringComparison.Ordinal) ?? false) || (e.TargetName?.Contains(n, StringComparison.Ordinal) ?? false));
        }

        if (rule.TryGetProperty("source_or_target", out var one) && rule.TryGetProperty("with", out var other))
        {
            var a = one.GetString()!;
            var b = other.GetString()!;
            var pair = (Is(e.Source, a) && Is(e.Target, b)) || (Is(e.Source, b) && Is(e.Target, a));
            return pair && (!rule.TryGetProperty("cameo_root", out var roots) || roots.EnumerateArray().Any(r => r.GetString() == e.Cameo.Root));
        }

        return false;
    }

    public static string Describe(CodedEvent e) =>
        $"{SuiteScore.Describe(e)} date={e.Date} loc={e.Location} by={e.ReportedBy}/{e.ReportedByName} :: {e.Evidence.Sentence.Text}";

    private static bool Is(string? code, string expected) => code is not null && code.StartsWith(expected, StringComparison.Ordinal);

    private static bool InRange(string? date, string from, string to)
    {
        if (date is null)
            return false;
        var parts = date.Split('/');
        return string.CompareOrdinal(parts[0], to) <= 0 && string.CompareOrdinal(parts[^1], from) >= 0 && parts[0].Length >= 10;
    }

    private static bool Reporter(CodedEvent e, string expected)
    {
        foreach (var value in new[] { e.ReportedBy, e.ReportedByName })
        {
            if (value is null)
                continue;
            if (value.Contains(expected, StringComparison.Ordinal) || expected.Contains(value, StringComparison.Ordinal))
                return true;
            var acronym = new string(value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());
            if (acronym.Length >= 3 && (acronym.EndsWith(expected, StringComparison.Ordinal) || acronym.Contains(expected, StringComparison.Ordinal)))
                return true;
        }

        return false;
    }
}
