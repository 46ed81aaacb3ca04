using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Extraction.Dates;

/// <summary>Reads a full date from a page's URL: <c>/2025/02/28/</c>, <c>/2025-02-28-title</c>, <c>_20250228_</c>.
/// A year and month alone (<c>/2025/02/</c>) is not a day and gives nothing; month and day need two digits, since
/// <c>/2023/10/3-questions</c> is a month folder and a title. Day-first dates (<c>/29-10-2021</c>, <c>_22.04.2020_</c>)
/// are read as European sites write them; a year-first reading is tried first.</summary>
internal static partial class UrlDates
{
    public static PublicationDate? Find(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return null;

        // A web-archive snapshot (…/web/20120216182711/http://site/…) names when it was captured, not when the page
        // was published: only the archived page's own URL is evidence.
        if (ArchivedOriginal().Match(url) is { Success: true } archived)
            url = archived.Groups["original"].Value;

        // The host can hold digits ("news24.com") but never a publication date; the query string rarely does, the path often.
        var path = PathOf(url);
        foreach (var regex in (ReadOnlySpan<Regex>)[Separated(), Compact(), DayFirst()])
        {
            var match = regex.Match(path);
            if (!match.Success)
                continue;
            var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            if (day <= DateTime.DaysInMonth(year, month))
                return new PublicationDate(new DateOnly(year, month, day));
        }

        return null;
    }

    private static string PathOf(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var start = scheme < 0 ? 0 : url.IndexOf('/', scheme + 3);
        return start < 0 ? string.Empty : url[start..];
    }

    [GeneratedRegex(@"/web/[0-9]{4,14}[a-z_]*/(?<original>(?:https?:/?/?)?[^/]+.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArchivedOriginal();

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})[/_.-](?<m>0[1-9]|1[0-2])[/_.-](?<d>0[1-9]|[12][0-9]|3[01])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Separated();

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12][0-9]|3[01])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    [GeneratedRegex(@"(?<![0-9])(?<d>0[1-9]|[12][0-9]|3[01])[_.-](?<m>0[1-9]|1[0-2])[_.-](?<y>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();
}
