using System.Net;
using System.Text;
using Chronicle.Ingest;
using Chronicle.Storage.Sqlite;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Web;

/// <summary>HTTP caching over a writable archive: ETags revalidate to 304 while the data is unchanged, and neither an
/// ETag nor a cached answer outlives a write, through the API or by another process on the same file.</summary>
public sealed class CachingApiTests(IngestServerFixture server) : IClassFixture<IngestServerFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<(int Articles, string? ETag)> StatsAsync()
    {
        using var response = await server.Client.GetAsync("/api/stats", Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await ApiCalls.ReadAsync(response);
        return (answer.Body.GetProperty("articles").GetInt32(), response.Headers.ETag?.Tag);
    }

    private async Task<HttpStatusCode> RevalidateAsync(string path, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await server.Client.SendAsync(request, Token);
        if (response.StatusCode == HttpStatusCode.NotModified)
            Assert.Empty(await response.Content.ReadAsByteArrayAsync(Token));
        return response.StatusCode;
    }

    private static string Document(string id, string text) =>
        $$"""{"id":"{{id}}","url":"https://cache.example/{{id}}","text":"{{text}}"}""";

    [Fact]
    public async Task ETag_RevalidatesUntilAnIngestThroughTheApi()
    {
        var (before, etag) = await StatsAsync();
        Assert.NotNull(etag);
        Assert.Equal((before, etag), await StatsAsync());
        Assert.Equal(HttpStatusCode.NotModified, await RevalidateAsync("/api/stats", etag));
        Assert.Equal(HttpStatusCode.OK, await RevalidateAsync("/api/stats", "\"other\""));

        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Document("api",
            "Seoul protests\\n\\nSEOUL, May 2 - South Korea summoned the Russian ambassador on Friday over arms transfers to North Korea, officials said.")));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-ndjson");
        using (var posted = await server.Client.PostAsync("/api/documents", content, Token))
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var (after, newTag) = await StatsAsync();
        Assert.Equal(before + 1, after);
        Assert.NotEqual(etag, newTag);
        Assert.Equal(HttpStatusCode.OK, await RevalidateAsync("/api/stats", etag));
    }

    [Fact]
    public async Task CachedAnswer_DoesNotOutliveAWriteByAnotherProcess()
    {
        var (before, etag) = await StatsAsync();
        Assert.Equal((before, etag), await StatsAsync());

        // Another writer on the same file, as 'chronicle ingest' would be while the server runs.
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("other.jsonl"), Document("other",
            "Tokyo protests\\n\\nTOKYO, May 3 - Japan condemned North Korea on Saturday for launching a missile, officials said."));
        await using (var other = (await SqliteChronicleStore.OpenAsync(server.DatabasePath, TimeProvider.System, Token)).Value!)
        {
            var engine = new ChronicleBuilder().Build();
            using var loader = engine.CreateLoader();
            var failures = new List<string>();
            await new IngestRun(engine, other, TimeProvider.System).RunAsync(loader.LoadWithSources([folder.File("other.jsonl")]), failures.Add, _ => { }, Token);
            Assert.Empty(failures);
        }

        var (after, newTag) = await StatsAsync();
        Assert.Equal(before + 1, after);
        Assert.NotEqual(etag, newTag);
    }

    [Fact]
    public async Task Errors_CarryNoETag()
    {
        using var response = await server.Client.GetAsync("/api/events?limit=0", Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }
}
