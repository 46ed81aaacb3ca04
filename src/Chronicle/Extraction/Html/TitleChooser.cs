namespace Chronicle.Extraction.Html;

/// <summary>
/// Picks the article title among its sources (JSON-LD headline, og:title, twitter:title, the first h1, &lt;title&gt;).
/// A title that two sources agree on wins; a site name glued to the title (" | Site", "Site - ") is cut off.
/// </summary>
internal static class TitleChooser
{
    // Separators pages put between a title and the site name.
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

        // A visible heading that matches a metadata title is the title as the reader sees it.
        foreach (var heading in headings)
        {
            foreach (var meta in metas)
            {
                if (string.Equals(heading, meta, StringComparison.OrdinalIgnoreCase))
                    return heading;
            }
        }

        foreach (var heading in headings)
        {
            foreach (var meta in metas)
            {
                if (heading.Length >= 10 && meta.StartsWith(heading, StringComparison.OrdinalIgnoreCase))
                    return heading;
            }
        }

        if (headline is not null)
            return headline;
        if ((ogTitle ?? twitterTitle) is { } social)
            return StripSiteName(social, siteName);
        if (htmlTitle is not null)
            return StripSiteName(htmlTitle, siteName);
        return headings.Count > 0 ? headings[0] : null;
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

    private static bool IsSameName(string part, string siteName)
    {
        var a = part.Trim();
        return a.Equals(siteName, StringComparison.OrdinalIgnoreCase)
            || a.Replace(" ", "", StringComparison.Ordinal).Contains(siteName.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
            || siteName.Contains(a, StringComparison.OrdinalIgnoreCase) && a.Length >= 3;
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
