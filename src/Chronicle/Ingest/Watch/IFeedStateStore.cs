namespace Chronicle.Ingest.Watch;

/// <summary>Where a watch keeps its feeds' state and the items it has ingested, so a restart neither refetches nor reingests.</summary>
public interface IFeedStateStore
{
    /// <summary>The saved state of the feed at <paramref name="url"/>, or null for a feed never polled.</summary>
    Task<FeedState?> GetFeedAsync(string url, CancellationToken cancellationToken = default);

    Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken = default);

    /// <summary>Which of these item keys (guid, else link) of the feed were marked seen before.</summary>
    Task<IReadOnlySet<string>> FindSeenAsync(string feedUrl, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken = default);

    Task MarkSeenAsync(string feedUrl, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken = default);
}
