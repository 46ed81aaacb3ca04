namespace Chronicle.Ingest.Watch;

/// <summary>
/// What a watch remembers of one feed between polls and between runs: the validators of its last full answer (sent back
/// as If-None-Match / If-Modified-Since), when it is next due, and how many polls in a row have failed.
/// </summary>
public sealed record FeedState(string Url)
{
    /// <summary>The ETag header of the last full answer, verbatim (weak or strong).</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified header of the last full answer, verbatim.</summary>
    public string? LastModified { get; init; }

    public DateTimeOffset? LastPolled { get; init; }

    /// <summary>When the feed is due; null for a feed never polled (due at once).</summary>
    public DateTimeOffset? NextPoll { get; init; }

    /// <summary>Failed polls in a row; zero after any success. The back-off grows with it.</summary>
    public int Failures { get; init; }

    /// <summary>Why the last poll failed; null when it succeeded.</summary>
    public string? LastError { get; init; }
}
