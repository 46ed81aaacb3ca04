using System.Globalization;

namespace Chronicle.Ingest;

/// <summary>Parses feed dates: RFC 822 (<c>Wed, 02 Oct 2002 13:00:00 GMT</c>, RSS) and ISO 8601 (Atom, Dublin Core).</summary>
internal static class FeedDates
{
    private static readonly string[] Rfc822Formats = ["d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yy HH:mm:ss", "d MMM yy HH:mm"];

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso)
            && char.IsDigit(text[0]))
            return iso;
        return ParseRfc822(text);
    }

    private static DateTimeOffset? ParseRfc822(string text)
    {
        var comma = text.IndexOf(',');
        var rest = (comma >= 0 ? text[(comma + 1)..] : text).Trim();
        var zoneAt = rest.LastIndexOf(' ');
        if (zoneAt < 0)
            return null;
        var zone = rest[(zoneAt + 1)..];
        TimeSpan offset;
        if (ZoneHours.TryGetValue(zone, out var hours))
            offset = TimeSpan.FromHours(hours);
        else if (zone.Length == 5 && (zone[0] == '+' || zone[0] == '-')
            && int.TryParse(zone.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hh)
            && int.TryParse(zone.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var mm))
            offset = (zone[0] == '-' ? -1 : 1) * new TimeSpan(hh, mm, 0);
        else
            return null;
        if (!DateTime.TryParseExact(rest[..zoneAt].Trim(), Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return null;
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
    }
}
