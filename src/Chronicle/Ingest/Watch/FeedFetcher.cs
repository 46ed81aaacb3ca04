using System.Net;
using System.Net.Http.Headers;

namespace Chronicle.Ingest.Watch;

/// <summary>
/// Polls a feed with a conditional request through ingest's <see cref="UrlFetcher"/> (its timeout, redirect and size
/// limits) and reads a full answer with ingest's feed reader, so a watched item is the document <c>ingest</c> would make.
/// </summary>
internal static class FeedFetcher
{
    public static async Task<FeedAnswer> FetchAsync(UrlFetcher fetcher, IngestOptions options, FeedState state, TimeProvider time, CancellationToken cancellationToken)
    {
        var sent = await fetcher.SendAsync(state.Url, headers => AddValidators(headers, state), cancellationToken);
        if (!sent.IsSuccess)
            return new FeedAnswer(null, sent.Error);
        using var response = sent.Value!;
        var status = (int)response.StatusCode;
        var answer = new FeedAnswer(status, null)
        {
            RetryAfter = RetryAfter(response, time),
            MaxAge = response.Headers.CacheControl?.MaxAge,
        };
        if (response.StatusCode == HttpStatusCode.NotModified)
            return answer;

        var opened = fetcher.Open(state.Url, response);
        if (!opened.IsSuccess)
            return answer with { Error = opened.Error };
        var origin = opened.Value!;
        answer = answer with
        {
            ETag = Header(response, "ETag"),
            LastModified = Header(response, "Last-Modified"),
            FinalUrl = origin.Url,
        };
        try
        {
            return await ReadAsync(response, origin, options, answer, cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // The connection broke while the body streamed in.
            return answer with { Error = "fetch failed: " + e.Message };
        }
    }

    private static async Task<FeedAnswer> ReadAsync(HttpResponseMessage response, InputOrigin origin, IngestOptions options, FeedAnswer answer, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var records = RecordReaders.Open(new ByteReader(stream), origin, options);
        if (records is not FeedRecordReader feed)
        {
            var reason = records.Next() is { IsSuccess: false } first ? first.Error : "an HTML, text, JSONL or WARC document";
            return answer with { Error = $"not an RSS or Atom feed ({reason})" };
        }

        var items = new List<Result<SourceDocument>>();
        while (feed.Next() is { } item)
            items.Add(item);
        if (feed.Failed)
        {
            var fault = items[^1].Error;
            items.RemoveAt(items.Count - 1);
            return answer with { Error = fault, Items = items, TimeToLive = feed.TimeToLive };
        }

        return answer with { Items = items, TimeToLive = feed.TimeToLive };
    }

    private static void AddValidators(HttpRequestHeaders headers, FeedState state)
    {
        // Verbatim: servers compare the validators they sent byte for byte.
        if (state.ETag is { } etag)
            headers.TryAddWithoutValidation("If-None-Match", etag);
        if (state.LastModified is { } lastModified)
            headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? values.FirstOrDefault()
            : null;

    /// <summary>Retry-After as seconds or as a date (measured from the server's Date, else from now).</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - (response.Headers.Date ?? time.GetUtcNow()) is var wait && wait > TimeSpan.Zero ? wait : null,
        _ => null,
    };
}
