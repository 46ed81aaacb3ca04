using System.Globalization;
using Chronicle.Merge;
using Chronicle.Storage;

namespace Chronicle.Export;

/// <summary>Writes events in the column layout of the GDELT 2.0 event export (61 tab-separated fields, no header), so
/// tools built for GDELT can read Chronicle's events. Fields Chronicle does not know (religion, ethnicity, tone,
/// coordinates) stay empty, never invented; NumMentions/NumSources/NumArticles count this one report.</summary>
public static class GdeltEventTsv
{
    public const int FieldCount = 61;

    public static void Write(TextWriter output, IEnumerable<StoredEvent> events, DateTimeOffset added)
    {
        var fields = new string[FieldCount];
        foreach (var e in events)
        {
            Fill(fields, e, added);
            output.Write(string.Join('\t', fields));
            output.Write('\n');
        }
    }

    internal static void Fill(string[] f, StoredEvent e, DateTimeOffset added)
    {
        Array.Fill(f, "");
        var c = CultureInfo.InvariantCulture;
        var day = Day(e);
        f[0] = e.Id.ToString(c);
        if (day is { } d)
        {
            f[1] = d.ToString("yyyyMMdd", c);
            f[2] = d.ToString("yyyyMM", c);
            f[3] = d.Year.ToString(c);
            f[4] = (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", c);
        }

        Actor(f, 5, e.Source, e.SourceName);
        Actor(f, 15, e.Target, e.TargetName);
        f[25] = "1";
        f[26] = e.Cameo.Code;
        f[27] = e.Cameo.Code.Length > 3 ? e.Cameo.Code[..3] : e.Cameo.Code;
        f[28] = e.Cameo.Root;
        f[29] = e.Cameo.QuadClass.ToString(c);
        f[30] = e.Cameo.Goldstein.ToString("0.0", c);
        f[31] = "1";
        f[32] = "1";
        f[33] = "1";
        if (e.Location is { Length: > 0 } place)
            f[52] = Clean(place); // ActionGeo_FullName
        f[59] = added.UtcDateTime.ToString("yyyyMMddHHmmss", c);
        f[60] = Clean(e.Url ?? "");
    }

    /// <summary>Actor code, name, country, known group, ethnic, religion 1 and 2, type 1–3: ten fields from <paramref name="at"/>.</summary>
    private static void Actor(string[] f, int at, string? code, string? name)
    {
        if (code is null)
            return;
        f[at] = code;
        f[at + 1] = Clean(name ?? "");
        if (code.StartsWith("IGO", StringComparison.Ordinal))
        {
            f[at + 3] = code[3..];
            f[at + 7] = "IGO";
            return;
        }

        if (code.Length >= 3)
            f[at + 2] = code[..3];
        for (int i = 3, type = 0; i + 3 <= code.Length && type < 3; i += 3, type++)
            f[at + 7 + type] = code[i..(i + 3)];
    }

    /// <summary>The first day of the event's time (a week, month or range starts its window), else the article's date.</summary>
    private static DateOnly? Day(StoredEvent e) =>
        TimeWindow.TryParse(e.Date, out var window) || TimeWindow.TryParse(e.Published, out window) ? window.First : null;

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
