namespace Chronicle.Extraction.Text;

/// <summary>Names the outlet of a dump from its own words — a promotion line ("… headlines on Example Times."), an app
/// pitch, a copyright line — else from the URL's host. Null when nothing names it: an outlet is never guessed.</summary>
public static class OutletFinder
{
    /// <summary>The outlet named by one promotion or rights line, if any.</summary>
    public static string? FromLine(string line)
    {
        if (TextPatterns.IsCopyrightLine(line))
            return CopyrightHolder(line);
        var match = TextPatterns.PromoOutlet().Match(line);
        if (!match.Success)
            match = TextPatterns.AppOutlet().Match(line);
        if (!match.Success)
            match = TextPatterns.GluedPromoOutlet().Match(line);
        return match.Success ? SiteName(match.Groups["name"].Value) : null;
    }

    /// <summary>The holder of the last copyright notice in a text ("… About · Contact © 2025 Example Times. All rights
    /// reserved." → "Example Times"), or null when there is none or it names no site.</summary>
    public static string? CopyrightHolder(string text)
    {
        string? holder = null;
        foreach (System.Text.RegularExpressions.Match notice in TextPatterns.CopyrightNotice().Matches(text))
            holder = SiteName(notice.Groups["name"].Value) ?? holder;
        return holder;
    }

    /// <summary>A captured name when it can be a site's: a footer's navigation ("Contact", "Privacy policy", "Impressum")
    /// is not an outlet.</summary>
    private static string? SiteName(string captured)
    {
        var name = captured.Trim().TrimEnd('.', ',', '-', ' ');
        if (name.Length <= 1)
            return null;
        var normalized = LineText.Normalize(name);
        return TextPhraseLists.Default.Widgets.MatchesLine(normalized) || TextPhraseLists.Default.Promos.MatchesLine(normalized) ? null : name;
    }

    /// <summary>The host of a URL without "www." and similar prefixes ("example.com"), or null.</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns)
            return null;
        var host = uri.Host.ToLowerInvariant();
        foreach (var prefix in (ReadOnlySpan<string>)["www.", "m.", "amp.", "mobile."])
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Length > prefix.Length)
                return host[prefix.Length..];
        }

        return host;
    }

    /// <summary>Whether a name ("Example Times") and a host or label ("exampletimes.com") name the same site: their
    /// letters agree once the host's top-level domain is set aside.</summary>
    public static bool SameSite(string name, string other)
    {
        var site = other;
        var dot = site.LastIndexOf('.');
        if (dot > 0 && !site.Contains(' ', StringComparison.Ordinal))
            site = site[..dot];
        return Letters(name).Equals(Letters(site), StringComparison.OrdinalIgnoreCase);
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit));
}
