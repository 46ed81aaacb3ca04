namespace Chronicle.Storage;

/// <summary>
/// Where ingested articles live. SQLite implements it today; a PostgreSQL store will implement the same contract, so
/// callers (CLI, API, later pipeline stages) never depend on a backend. Implementations are safe to share across threads.
/// </summary>
public interface IChronicleStore : IAsyncDisposable
{
    /// <summary>
    /// Stores a batch in one transaction: all of it or, if anything throws, none of it (earlier batches stay).
    /// A document whose SHA-256 is already stored, or repeats inside the batch, is skipped, not stored twice.
    /// </summary>
    Task<SaveReport> SaveAsync(IReadOnlyList<IngestedArticle> batch, CancellationToken cancellationToken = default);

    /// <summary>Which of these document hashes (SHA-256 of the raw bytes) are stored already, so ingest need not extract them again.</summary>
    Task<IReadOnlySet<string>> FindStoredAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default);

    /// <summary>Articles matching the filters, newest first (undated last), one page of them.</summary>
    Task<IReadOnlyList<ArticleSummary>> QueryArticlesAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    /// <summary>One article with its provenance, or null when no article has that id.</summary>
    Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The analysis spans of one article (times, quantities, quotes, attributions, mentions), or null when no article has that id.</summary>
    Task<ArticleSpans?> GetArticleSpansAsync(long articleId, CancellationToken cancellationToken = default);

    /// <summary>The article ids of these document hashes (SHA-256 of the raw bytes), for those that are stored.</summary>
    Task<IReadOnlyDictionary<string, long>> FindArticleIdsAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over titles and bodies, best match first. A query with no searchable word fails.</summary>
    Task<Result<IReadOnlyList<SearchHit>>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>Coded events matching the filters, with the article that reported each.</summary>
    Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Events matching the filters (paging ignored), counted by month and quad class, oldest month first; undated events use their article's date, and events with neither are left out.</summary>
    Task<IReadOnlyList<EventCount>> CountEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>The actors that face the actor whose code starts with <paramref name="code"/> in coded events most often, largest first.</summary>
    Task<IReadOnlyList<ActorRelation>> QueryRelationsAsync(string code, int top, CancellationToken cancellationToken = default);

    /// <summary>Quotes whose speaker's name contains <paramref name="speaker"/> (any case) or whose speaker code starts with it; all quotes when null. Newest articles first.</summary>
    Task<IReadOnlyList<StoredQuote>> QueryQuotesAsync(string? speaker, int limit, CancellationToken cancellationToken = default);

    /// <summary>The most mentioned actors, largest first.</summary>
    Task<IReadOnlyList<ActorSummary>> QueryActorsAsync(int top, CancellationToken cancellationToken = default);

    /// <summary>An actor's mentions by code (exact) or canonical name (any case): the names it goes by in the texts and the articles that mention it most.</summary>
    Task<ActorReport> GetActorAsync(string codeOrName, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stories (articles clustered as they are ingested), the latest first by their last day.</summary>
    Task<IReadOnlyList<StoredStory>> QueryStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default);

    /// <summary>One story with its articles and timeline, or null when no story has that id.</summary>
    Task<StoryReport?> GetStoryAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The merged event that the event <paramref name="eventId"/> reports (any of its mentions' ids works), or null when no event has that id.</summary>
    Task<MergedEventReport?> GetMergedEventAsync(long eventId, CancellationToken cancellationToken = default);

    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default);
}
