using System.Text;
using Chronicle.Ingest;
using Chronicle.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Chronicle.Tests.Ingest;

/// <summary>URL inputs against a Kestrel server on 127.0.0.1 started for the class; never the network.</summary>
public sealed class UrlIngestTests : IAsyncLifetime
{
    static UrlIngestTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly DateTimeOffset ServerDate = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private LoopbackServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = await LoopbackServer.StartAsync(time);
        server.Answer("/page", context =>
        {
            context.Response.Headers.Date = ServerDate.ToString("R");
            context.Response.ContentType = "text/html; charset=windows-1251";
            return context.Response.Body.WriteAsync(Encoding.GetEncoding(1251).GetBytes("<html><body><p>Пхеньян и Москва</p></body></html>")).AsTask();
        });
        server.Answer("/agent", context => LoopbackServer.Write(context, "<p>" + context.Request.Headers.UserAgent + "</p>", "text/html"));
        for (var n = 0; n < 10; n++)
        {
            var next = $"/loop/{n + 1}";
            server.Answer($"/loop/{n}", context =>
            {
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = next;
                context.Response.ContentLength = 0;
                return Task.CompletedTask;
            });
        }

        server.Answer("/big", context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = 300 * 1024;
            return context.Response.Body.WriteAsync(new byte[300 * 1024]).AsTask();
        });
        server.Answer("/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await LoopbackServer.Write(context, "<p>late</p>", "text/html");
        });
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private LoadedDocument LoadOne(string path, IngestOptions? options = null)
    {
        using var loader = new DocumentLoader(options ?? new IngestOptions { HttpTimeout = TimeSpan.FromSeconds(10) }, time);
        return Assert.Single(loader.LoadWithSources([server.BaseUrl + path]));
    }

    [Fact]
    public void Url_DecodesByHeaderCharset_FetchedFromServerDate()
    {
        var document = LoadOne("/page").Document.Value!;

        Assert.Contains("Пхеньян и Москва", document.Content, StringComparison.Ordinal);
        Assert.Equal(ServerDate, document.Provenance.Fetched);
        Assert.Equal(server.BaseUrl + "/page", document.Url);
    }

    [Fact]
    public void Url_SendsChronicleUserAgent() =>
        Assert.Contains("Chronicle/", LoadOne("/agent").Document.Value!.Content, StringComparison.Ordinal);

    [Fact]
    public void Url_RedirectLoop_FailsAtTheLimit() =>
        Assert.Equal("more than 3 redirects", LoadOne("/loop/0", new IngestOptions { MaxRedirects = 3 }).Document.Error);

    [Fact]
    public void Url_NotFound_Fails() => Assert.Equal("HTTP 404 Not Found", LoadOne("/missing").Document.Error);

    [Fact]
    public void Url_OverTheSizeLimit_Fails() =>
        Assert.Equal("document is 300.0 KB, over the 100.0 KB limit", LoadOne("/big", new IngestOptions { MaxDocumentBytes = 100 * 1024 }).Document.Error);

    [Fact]
    public void Url_NoAnswerInTime_Fails() =>
        Assert.Equal("no answer within 0.3 s", LoadOne("/slow", new IngestOptions { HttpTimeout = TimeSpan.FromMilliseconds(300) }).Document.Error);

    [Fact]
    public void Url_NothingListening_Fails()
    {
        using var loader = new DocumentLoader(new IngestOptions { HttpTimeout = TimeSpan.FromSeconds(5) }, time);
        var error = Assert.Single(loader.LoadWithSources(["http://127.0.0.1:9/none"])).Document.Error;
        Assert.StartsWith("fetch failed: ", error, StringComparison.Ordinal);
    }
}
