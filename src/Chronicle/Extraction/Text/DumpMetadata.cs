namespace Chronicle.Extraction.Text;

/// <summary>The metadata a dump's lines give: the publication stamp and the source line of the header, credit lines
/// around the body, the section and outlet from the title's suffix, promotion and rights lines or the URL.</summary>
public sealed record DumpMetadata(PublicationDate? Published, string? Byline, string? Section, string? Outlet, IReadOnlyList<string> CreditLines)
{
    public static DumpMetadata Read(IReadOnlyList<TextLine> lines, DumpLayout layout, string? url, IAgencyDetector agencies)
    {
        var credits = new List<string>();
        string? byline = null;
        var header = layout.Header.Count;
        foreach (var (n, i) in layout.Header.Concat(layout.BodyZone).Index())
        {
            if (lines[i].Kind != LineKind.Credit && !(lines[i].Kind == LineKind.Timestamp && lines[i].Text.Contains('|', StringComparison.Ordinal)))
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
            if (TextPatterns.Copyright().IsMatch(line.Text))
                credits.Add(line.Text);
            if (outlet is null && OutletFinder.FromLine(line.Text) is { } named && !IsAgency(named, agencies))
                outlet = named;
        }

        var (section, siteFromTitle) = SplitSuffix(layout.Title?.Suffix, outlet, OutletFinder.FromUrl(url));
        outlet ??= siteFromTitle ?? OutletFinder.FromUrl(url);
        return new DumpMetadata(FindPublished(lines, layout), byline, section, outlet, credits);
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
        if (text.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
            text = text[3..].Trim();
        else if (text.IndexOf(':', StringComparison.Ordinal) is > 0 and < MaxBylineLabelLength and var colon)
            text = text[(colon + 1)..].Trim();
        return text.Length > 0 ? text : null;
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

    private static bool IsAgency(string name, IAgencyDetector agencies) =>
        agencies.Detect(new AgencyEvidence(name, [], [], null)).Count > 0;
}
