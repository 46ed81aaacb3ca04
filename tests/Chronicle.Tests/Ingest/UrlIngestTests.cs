using System.Text;
using Chronicle.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Chronicle.Tests.Ingest;

/// <summary>URL inputs against a Kestrel server on 127.0.0.1 started for the class; never the network.</summary>
public sealed class UrlIngestTests : IAsyncLifetime
{
    static UrlIngestTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly DateTimeOffset ServerDate = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private WebApplication? app;
    private string baseUrl = "";

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.MapGet("/page", (HttpContext context) =>
        {
            context.Response.Headers.Date = ServerDate.ToString("R");
            context.Response.Headers.UserAgent = context.Request.Headers.UserAgent;
            return Results.Bytes(Encoding.GetEncoding(1251).GetBytes("<html><body><p>Пхеньян и Москва</p></body></html>"), "text/html; charset=windows-1251");
        });
        app.MapGet("/agent", (HttpContext context) => Results.Text("<p>" + context.Request.Headers.UserAgent + "</p>", "text/html"));
        app.MapGet("/loop/{n:int}", (HttpContext context, int n) =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = $"/loop/{n + 1}";
            context.Response.ContentLength = 0;
        });
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/big", () => Results.Bytes(new byte[300 * 1024], "text/html"));
        app.MapGet("/slow", async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            return Results.Text("<p>late</p>", "text/html");
        });
        await app.StartAsync();
        baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
            await app.DisposeAsync();
    }

    private LoadedDocument LoadOne(string path, IngestOptions? options = null)
    {
        using var loader = new DocumentLoader(options ?? new IngestOptions { HttpTimeout = TimeSpan.FromSeconds(10) }, time);
        return Assert.Single(loader.LoadWithSources([baseUrl + path]));
    }

    [Fact]
    public void Url_DecodesByHeaderCharset_FetchedFromServerDate()
    {
        var document = LoadOne("/page").Document.Value!;

        Assert.Contains("Пхеньян и Москва", document.Content, StringComparison.Ordinal);
        Assert.Equal(ServerDate, document.Provenance.Fetched);
        Assert.Equal(baseUrl + "/page", document.Url);
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
