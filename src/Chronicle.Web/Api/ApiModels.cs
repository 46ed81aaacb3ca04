using Chronicle.Storage;

namespace Chronicle.Web.Api;

/// <summary>An article in a list.</summary>
public sealed record ArticleItem(long Id, string? Title, string? Published, string? Outlet, IReadOnlyList<string> Agencies, string? Url, string Source)
{
    public static ArticleItem From(ArticleSummary a) =>
        new(a.Id, a.Title, a.Published?.ToIsoString(), a.Outlet, a.Agencies, a.Url, a.Source);
}

/// <summary>A page of a list and the cursor of the next page (empty when this is the last one).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string NextCursor);

/// <summary>One article with its body and provenance.</summary>
public sealed record ArticleDetail(
    long Id,
    string? Title,
    string? Published,
    string? Outlet,
    IReadOnlyList<string> Agencies,
    string? Byline,
    string? Section,
    string? Standfirst,
    IReadOnlyList<string> Paragraphs,
    string? Language,
    string? Url,
    ProvenanceItem Provenance)
{
    public static ArticleDetail From(StoredArticle stored)
    {
        var a = stored.Article;
        var p = stored.Provenance;
        return new ArticleDetail(stored.Id, a.Title, a.Published?.ToIsoString(), a.Outlet, a.Agencies, a.Byline, a.Section,
            a.Standfirst, a.Paragraphs, a.Language, a.Url ?? p.Url,
            new ProvenanceItem(p.Source, p.RecordOffset, p.Url, p.Fetched, p.Sha256, stored.DocumentId, stored.Stored));
    }
}

public sealed record ProvenanceItem(string Source, long? RecordOffset, string? Url, DateTimeOffset? Fetched, string Sha256, string? DocumentId, DateTimeOffset Stored);

/// <summary>A search result: the article and a passage with the matched words between ** marks.</summary>
public sealed record SearchItem(ArticleItem Article, string Snippet, double Score);

public sealed record CountItem(string Name, int Count);

public sealed record StatsItem(int Articles, int Undated, string? FirstPublished, string? LastPublished, IReadOnlyList<CountItem> ByOutlet, IReadOnlyList<CountItem> ByAgency)
{
    public static StatsItem From(StoreStats s) =>
        new(s.Articles, s.Undated, s.FirstPublished?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.LastPublished?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.ByOutlet.Select(c => new CountItem(c.Name, c.Count)).ToList(), s.ByAgency.Select(c => new CountItem(c.Name, c.Count)).ToList());
}
