using System.Net;

namespace Chronicle.Ingest.Watch;

/// <summary>
/// A feed server's answer to one conditional request: its status, the validators and waits it sent, and on a full
/// answer the feed's items (each a document or the reason it is none). <see cref="Error"/> says why the poll failed:
/// no answer, an error status, not a feed, or malformed XML (the items read before the fault are kept).
/// </summary>
internal sealed record FeedAnswer(int? Status, string? Error)
{
    public bool NotModified => Status == (int)HttpStatusCode.NotModified;

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Cache-Control max-age.</summary>
    public TimeSpan? MaxAge { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The channel's <c>&lt;ttl&gt;</c>.</summary>
    public TimeSpan? TimeToLive { get; init; }

    /// <summary>The URL the feed was read from after redirects; items without a link carry it.</summary>
    public string? FinalUrl { get; init; }

    public IReadOnlyList<Result<SourceDocument>> Items { get; init; } = [];
}
