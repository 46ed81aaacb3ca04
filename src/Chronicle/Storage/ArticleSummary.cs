using Chronicle.Extraction;

namespace Chronicle.Storage;

/// <summary>One line of an article list: enough to pick an article and fetch it by <see cref="Id"/>.</summary>
public sealed record ArticleSummary(
    long Id,
    string? Title,
    PublicationDate? Published,
    string? Outlet,
    IReadOnlyList<string> Agencies,
    string? Url,
    string Source);
