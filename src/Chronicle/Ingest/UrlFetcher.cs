using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Chronicle.Ingest;

/// <summary>Fetches http(s) inputs with a timeout, a redirect limit, a size limit and Chronicle's user agent.</summary>
internal sealed class UrlFetcher : IDisposable
{
    private readonly HttpClient http;
    private readonly bool ownsClient;
    private readonly IngestOptions options;
    private readonly TimeProvider time;

    public UrlFetcher(HttpClient? http, IngestOptions options, TimeProvider time)
    {
        this.options = options;
        this.time = time;
        ownsClient = http is null;
        this.http = http ?? new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.HttpTimeout,
        })
        {
            Timeout = options.HttpTimeout,
        };
    }

    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Fetches <paramref name="url"/> and hands its body to <paramref name="read"/>, or yields the one failure that stopped it.</summary>
    public IEnumerable<LoadedDocument> Fetch(string url, Func<InputOrigin, Stream, IEnumerable<LoadedDocument>> read)
    {
        using var request = Request(url);
        Result<InputOrigin> opened;
        HttpResponseMessage? response = null;
        try
        {
            response = http.Send(request, HttpCompletionOption.ResponseHeadersRead);
            opened = Open(url, response);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            opened = Result<InputOrigin>.Fail(Describe(e));
        }

        return opened.IsSuccess
            ? read(opened.Value!, response!.Content.ReadAsStream())
            : [new LoadedDocument(url, Result<SourceDocument>.Fail(opened.Error!))];
    }

    /// <summary>
    /// Sends a GET for <paramref name="url"/> with the caller's extra headers (a conditional request's validators) and
    /// returns the response whatever its status, for the caller to judge; a failure when no answer came. Cancelling
    /// <paramref name="cancellationToken"/> throws, as cancellation does everywhere.
    /// </summary>
    public async Task<Result<HttpResponseMessage>> SendAsync(string url, Action<HttpRequestHeaders> headers, CancellationToken cancellationToken)
    {
        using var request = Request(url);
        headers(request.Headers);
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Result<HttpResponseMessage>.Fail(Describe(e));
        }
    }

    /// <summary>
    /// What is known of a response whose body can be read, or why it cannot: a redirect loop, an error status, a single
    /// page over the size limit. The response is disposed when it fails.
    /// </summary>
    public Result<InputOrigin> Open(string url, HttpResponseMessage response)
    {
        var content = response.Content;
        var length = content.Headers.ContentLength;
        var redirected = (int)response.StatusCode is >= 300 and < 400;
        var reason = redirected ? $"more than {options.MaxRedirects} redirects"
            : !response.IsSuccessStatusCode ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}")
            : length > options.MaxDocumentBytes && !IsContainer(content) ? ByteSize.OverLimit(length.Value, options.MaxDocumentBytes)
            : null;
        if (reason is not null)
        {
            response.Dispose();
            return Result<InputOrigin>.Fail(reason);
        }

        var fetched = response.Headers.Date ?? time.GetUtcNow();
        var finalUrl = response.RequestMessage?.RequestUri?.AbsoluteUri ?? url;
        return new InputOrigin(url, finalUrl, fetched, content.Headers.ContentType?.ToString(), length);
    }

    public void Dispose()
    {
        if (ownsClient)
            http.Dispose();
    }

    private HttpRequestMessage Request(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        return request;
    }

    private string Describe(Exception e) => e is TaskCanceledException
        ? string.Create(CultureInfo.InvariantCulture, $"no answer within {options.HttpTimeout.TotalSeconds:0.#} s")
        : "fetch failed: " + e.Message;

    /// <summary>Archives and feeds stream record by record, so only single pages are held to the document limit up front.</summary>
    private static bool IsContainer(HttpContent content) =>
        content.Headers.ContentType?.MediaType is { } type
        && (type.Contains("warc", StringComparison.OrdinalIgnoreCase) || type.Contains("gzip", StringComparison.OrdinalIgnoreCase)
            || type.Contains("xml", StringComparison.OrdinalIgnoreCase) || type.Contains("json", StringComparison.OrdinalIgnoreCase));
}
