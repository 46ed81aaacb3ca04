using System.Globalization;
using System.Net;

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
        var response = Send(url, out var error);
        if (response is null)
            return [new LoadedDocument(url, Result<SourceDocument>.Fail(error!))];

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
            return [new LoadedDocument(url, Result<SourceDocument>.Fail(reason))];
        }

        var fetched = response.Headers.Date ?? time.GetUtcNow();
        var finalUrl = response.RequestMessage?.RequestUri?.AbsoluteUri ?? url;
        var origin = new InputOrigin(url, finalUrl, fetched, content.Headers.ContentType?.ToString(), length);
        return read(origin, content.ReadAsStream());
    }

    public void Dispose()
    {
        if (ownsClient)
            http.Dispose();
    }

    private HttpResponseMessage? Send(string url, out string? error)
    {
        error = null;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        try
        {
            return http.Send(request, HttpCompletionOption.ResponseHeadersRead);
        }
        catch (HttpRequestException e)
        {
            error = "fetch failed: " + e.Message;
        }
        catch (TaskCanceledException)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"no answer within {options.HttpTimeout.TotalSeconds:0.#} s");
        }

        return null;
    }

    /// <summary>Archives and feeds stream record by record, so only single pages are held to the document limit up front.</summary>
    private static bool IsContainer(HttpContent content) =>
        content.Headers.ContentType?.MediaType is { } type
        && (type.Contains("warc", StringComparison.OrdinalIgnoreCase) || type.Contains("gzip", StringComparison.OrdinalIgnoreCase)
            || type.Contains("xml", StringComparison.OrdinalIgnoreCase) || type.Contains("json", StringComparison.OrdinalIgnoreCase));
}
