namespace Chronicle.Extraction.Text;

/// <summary>The metadata a dump's lines give: the publication stamp and the source line of the header, credit lines
/// around the body, the section and outlet from the title's suffix, promotion and rights lines or the URL.</summary>
public sealed record DumpMetadata(string? Title, PublicationDate? Published, string? Byline, string? Section, string? Outlet, IReadOnlyList<string> CreditLines)
{
    public static DumpMetadata Read(IReadOnlyList<TextLine> lines, DumpLayout layout, string? url, IAgencyDetector agencies)
    {
        var credits = new List<string>();
        string? byline = null;
        var header = layout.Header.Count;
        var lastParagraph = layout.Body[^1];
        foreach (var (n, i) in layout.Header.Concat(layout.BodyZone).Index())
        {
            if (lines[i].Kind != LineKind.Credit && !(lines[i].Kind == LineKind.Timestamp && lines[i].Text.Contains('|', StringComparison.Ordinal)))
                continue;
            // Inside the story only trailers credit it; a bare agency line there is a photo credit.
            if (n >= header && i < lastParagraph && !DumpLayout.IsTrailer(lines[i].Text))
                continue;
            credits.Add(lines[i].Text);
            if (byline is null && n < header)
                byline = CleanByline(lines[i].Text);
        }

        var outlet = default(string);
        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Promo)
                continue;
            if (TextPatterns.IsCopyrightLine(line.Text))
                credits.Add(line.Text);
            if (outlet is null && OutletFinder.FromLine(line.Text) is { } named && !IsAgency(named, agencies))
                outlet = named;
        }

        var host = OutletFinder.FromUrl(url);
        var (section, siteFromTitle) = SplitSuffix(layout.Title?.Suffix, outlet, host);
        var (title, siteInTitle) = TrimSite(layout.Title?.Title, outlet, host);
        outlet ??= siteFromTitle ?? siteInTitle ?? host;
        return new DumpMetadata(title, FindPublished(lines, layout), byline, section, outlet, credits);
    }

    /// <summary>The header's stamp (a publication stamp before an update stamp); else one inside the story. Stamps in
    /// teaser blocks are other stories' and are never read.</summary>
    private static PublicationDate? FindPublished(IReadOnlyList<TextLine> lines, DumpLayout layout)
    {
        foreach (var zone in (ReadOnlySpan<IReadOnlyList<int>>)[layout.Header, layout.BodyZone])
        {
            TimestampLine.Stamp? best = null;
            foreach (var i in zone)
            {
                if (lines[i].Kind != LineKind.Timestamp || !TimestampLine.TryRead(lines[i].Text, out var stamp))
                    continue;
                if (best is null || (stamp.IsPublication && !best.Value.IsPublication))
                    best = stamp;
            }

            if (best is { } found)
                return found.Date;
        }

        return null;
    }

    /// <summary>A label before a colon ("Source: Yonhap") is at most this long.</summary>
    private const int MaxBylineLabelLength = 12;

    /// <summary>"By Jane Doe, Reuters | Updated: …" → "Jane Doe, Reuters"; "Bloomberg |" → "Bloomberg"; "Source: Yonhap" → "Yonhap".</summary>
    private static string? CleanByline(string line)
    {
        if (line.StartsWith('('))
            return null;
        var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TimestampLine.TryRead(p, out _))
            .ToList();
        if (parts.Count == 0)
            return null;
        var text = parts[0];
        if (text.IndexOf(':', StringComparison.Ordinal) is > 0 and < MaxBylineLabelLength and var colon)
            text = text[(colon + 1)..].Trim();
        else if (ByLabelEnd(text) is > 0 and var by)
            text = text[by..].Trim();
        return text.Length > 0 ? text : null;
    }

    /// <summary>Where a label ending in "by" ("By", "Written by") stops, if the line opens with one.</summary>
    private static int ByLabelEnd(string text)
    {
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
            return 3;
        var at = text.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        return at > 0 && at < MaxBylineLabelLength ? at + 4 : -1;
    }

    /// <summary>The title's suffix is the section ("World News") unless it names the site; "World News - Example Times"
    /// gives both.</summary>
    private static (string? Section, string? Site) SplitSuffix(string? suffix, string? outlet, string? host)
    {
        if (string.IsNullOrWhiteSpace(suffix))
            return (null, null);
        foreach (var separator in TextPatterns.TitleSeparators)
        {
            var at = suffix.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
                return (suffix[..at].Trim(), suffix[(at + separator.Length)..].Trim());
        }

        var names = (outlet is not null && OutletFinder.SameSite(suffix, outlet)) || (host is not null && OutletFinder.SameSite(suffix, host));
        return names ? (null, suffix) : (suffix, null);
    }

    /// <summary>A title printed once may end with the site's name ("Title - Example Herald"): it is cut off when it
    /// names the outlet found elsewhere or the URL's host.</summary>
    private static (string? Title, string? Site) TrimSite(string? title, string? outlet, string? host)
    {
        if (title is null)
            return (null, null);
        foreach (var separator in TextPatterns.TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var site = title[(at + separator.Length)..].Trim();
            if ((outlet is not null && OutletFinder.SameSite(site, outlet)) || (host is not null && OutletFinder.SameSite(site, host)))
                return (title[..at].TrimEnd(), site);
        }

        return (title, null);
    }

    private static bool IsAgency(string name, IAgencyDetector agencies) =>
        agencies.Detect(new AgencyEvidence(name, [], [], null)).Count > 0;
}
