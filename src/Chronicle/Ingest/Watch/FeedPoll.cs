namespace Chronicle.Ingest.Watch;

/// <summary>How one poll of a feed ended.</summary>
public enum FeedPollOutcome
{
    /// <summary>The feed answered in full and its new items were ingested.</summary>
    Fetched,

    /// <summary>304: nothing changed since the stored validators; nothing was read.</summary>
    NotModified,

    /// <summary>No usable answer (see <see cref="FeedPoll.Error"/>); the feed backs off.</summary>
    Failed,

    /// <summary>Not polled: the feed is waiting out a back-off or a Retry-After from an earlier failure.</summary>
    Deferred,
}

/// <summary>One poll of one feed: its outcome, HTTP status, items new to the watch, what became of them, and when it is next due.</summary>
public sealed record FeedPoll(
    string Feed, FeedPollOutcome Outcome, int? HttpStatus, int NewItems, int Stored, int FailedItems, DateTimeOffset NextPoll, string? Error)
{
    /// <summary>False when the feed failed or is still waiting after a failure, or some new item could not be ingested.</summary>
    public bool IsClean => Outcome is FeedPollOutcome.Fetched or FeedPollOutcome.NotModified && FailedItems == 0;
}
