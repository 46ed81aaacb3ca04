using Chronicle.Extraction.Text;

namespace Chronicle.Extraction.Html;

/// <summary>
/// Picks the article title among its sources (JSON-LD headline, og:title, twitter:title, the first h1, &lt;title&gt;).
/// A title that two sources agree on wins; a site name glued to the title (" | Site", "Site - ") is cut off.
/// </summary>
internal static class TitleChooser
{
    // Separators pages put between a title and the site name.
    // A heading that a metadata title only begins or ends with is trusted from this length on.
    private const int MinPartialMatch = 10;

    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " : "];

    public static string? Choose(string? headline, string? ogTitle, string? twitterTitle, IReadOnlyList<string> headings, string? htmlTitle, string? siteName)
    {
        var metas = new List<string>(4);
        foreach (var t in (ReadOnlySpan<string?>)[headline, ogTitle, twitterTitle, htmlTitle])
        {
            if (t is not null)
            {
                metas.Add(t);
                var stripped = StripSiteName(t, siteName);
                if (stripped != t)
                    metas.Add(stripped);
            }
        }

        // A visible heading that matches a metadata title is the title as the reader sees it (its quotes and dashes).
        var foldedMetas = metas.ConvertAll(Fold);
        foreach (var heading in headings)
        {
            var folded = Fold(heading);
            if (folded.Length > 0 && foldedMetas.Contains(folded))
                return heading;
        }

        // Else a heading the metadata title begins with, or ends with after a shorter prefix and a separator (a section or topic: "Climate: …").
        foreach (var heading in headings)
        {
            var folded = Fold(heading);
            if (siteName is not null && IsSameName(heading, siteName))
                continue;
            foreach (var meta in foldedMetas)
            {
                if (folded.Length >= MinPartialMatch && (meta.StartsWith(folded, StringComparison.Ordinal) || EndsAfterSeparator(meta, folded)))
                    return heading;
            }
        }

        if (headline is not null)
            return StripSiteName(headline, siteName);
        if ((ogTitle ?? twitterTitle) is { } social)
            return StripSiteName(social, siteName);
        if (htmlTitle is not null)
            return StripSiteName(htmlTitle, siteName);
        return headings.Count > 0 ? headings[0] : null;
    }

    /// <summary>A title as titles are compared: lower case, straight quotes (German low ones too), one kind of dash, no punctuation around it.</summary>
    private static string Fold(string title) => LineText.Normalize(title)
        .Replace('\u201E', '"').Replace('\u201A', '\'').Replace('\u2013', '-').Replace('\u2014', '-');

    private static bool EndsAfterSeparator(string meta, string heading)
    {
        if (meta.Length <= heading.Length || !meta.EndsWith(heading, StringComparison.Ordinal))
            return false;
        var head = meta.AsSpan(0, meta.Length - heading.Length).TrimEnd();
        // A prefix longer than the heading is the title itself and the heading the site's name ("Ins neue Jahr | Blog Name").
        return head.Length > 0 && head[^1] is ':' or '-' or '|' or '/' or '»' or '·' && head.Length < heading.Length;
    }

    /// <summary>Cuts a site name before or after a separator: the named site, or else the shorter side when it is a few words.</summary>
    internal static string StripSiteName(string title, string? siteName)
    {
        foreach (var separator in Separators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var tail = title[(last + separator.Length)..];
                if (IsSiteName(tail, siteName))
                    return title[..last].Trim();
            }

            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0)
            {
                var head = title[..first];
                if (siteName is not null && IsSameName(head, siteName))
                    return title[(first + separator.Length)..].Trim();
            }
        }

        return title;
    }

    private static bool IsSiteName(string part, string? siteName)
    {
        if (siteName is not null)
            return IsSameName(part, siteName);
        return WordCount(part) <= 3;
    }

    /// <summary>Names are compared on their letters and digits: "St. Galler Tagblatt" is "St.Galler Tagblatt", "La Stampa" is in "lastampa.it".</summary>
    private static bool IsSameName(string part, string siteName)
    {
        var a = LettersAndDigits(part);
        var site = LettersAndDigits(siteName);
        return site.Length > 0 && (a.Contains(site, StringComparison.Ordinal) || a.Length >= 3 && site.Contains(a, StringComparison.Ordinal));
    }

    private static string LettersAndDigits(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }

        return count;
    }
}
