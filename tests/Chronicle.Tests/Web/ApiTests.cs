using System.Net;
using System.Text.Json;

namespace Chronicle.Tests.Web;

public sealed class ApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body, string MediaType)> Get(string path)
    {
        using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var media = response.Content.Headers.ContentType?.MediaType ?? "";
        return (response.StatusCode, media.Contains("json") ? JsonDocument.Parse(text).RootElement.Clone() : default, media);
    }

    [Fact]
    public async Task Stats_CountsTheArchive()
    {
        var (status, body, _) = await Get("/api/stats");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, body.GetProperty("articles").GetInt32());
        Assert.Equal("2023-09-13", body.GetProperty("first_published").GetString());
    }

    [Fact]
    public async Task Articles_FiltersByOutletAndDates()
    {
        var (_, all, _) = await Get("/api/articles");
        Assert.Equal(3, all.GetProperty("items").GetArrayLength());
        var (_, byOutlet, _) = await Get("/api/articles?outlet=Daily%20Planet");
        Assert.Equal("Putin and Kim sign partnership treaty", byOutlet.GetProperty("items")[0].GetProperty("title").GetString());
        var (_, byDate, _) = await Get("/api/articles?from=2024-01-01&to=2024-06-30");
        Assert.Equal(1, byDate.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Articles_CursorWalksThePages()
    {
        var (_, first, _) = await Get("/api/articles?limit=2");
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        var cursor = first.GetProperty("next_cursor").GetString();
        Assert.False(string.IsNullOrEmpty(cursor));
        var (_, second, _) = await Get($"/api/articles?limit=2&cursor={cursor}");
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        Assert.Equal("", second.GetProperty("next_cursor").GetString());
    }

    [Fact]
    public async Task Article_ReturnsBodyAndProvenance()
    {
        var (_, list, _) = await Get("/api/articles?outlet=Example%20Times");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var (status, article, _) = await Get($"/api/articles/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, article.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(["Reuters"], article.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(64, article.GetProperty("provenance").GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public async Task Search_FindsWordsWithSnippets()
    {
        var (status, hits, _) = await Get("/api/search?q=cosmodrome");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("**", hits[0].GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesTheEndpoints()
    {
        var (status, doc, _) = await Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/api/search", "/api/stats" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Theory]
    [InlineData("/api/articles?from=yesterday")]
    [InlineData("/api/articles?to=2024-13-45")]
    [InlineData("/api/articles?limit=-1")]
    [InlineData("/api/articles?limit=0")]
    [InlineData("/api/articles?limit=99999999999999999999")]
    [InlineData("/api/articles?limit=abc")]
    [InlineData("/api/articles?cursor=%27%20OR%201=1--")]
    [InlineData("/api/articles?cursor=o-5")]
    [InlineData("/api/articles/abc")]
    [InlineData("/api/articles/-1")]
    [InlineData("/api/articles/99999999999999999999999")]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=%22%22%22")]
    [InlineData("/api/search?q=hello&limit=1000000")]
    public async Task BadParameters_AreProblemDetails(string path)
    {
        var (status, body, media) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", media);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/articles?outlet=%27%3B%20DROP%20TABLE%20articles%3B--")]
    [InlineData("/api/articles?agency=%3Cscript%3E")]
    [InlineData("/api/articles?from=2025-01-01&to=2020-01-01")]
    [InlineData("/api/search?q=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("/api/search?q=NOT%20AND%20OR")]
    [InlineData("/api/search?q=*")]
    public async Task HostileButValidQueries_GiveEmptyOrBadRequestNeverAServerError(string path)
    {
        var (status, _, _) = await Get(path);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path} gave {status}");
        var (_, stats, _) = await Get("/api/stats");
        Assert.Equal(3, stats.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task UnknownArticle_Is404ProblemDetails()
    {
        var (status, _, media) = await Get("/api/articles/424242");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", media);
    }

    [Fact]
    public async Task Page_IsServedWithAStrictContentSecurityPolicy()
    {
        using var response = await server.Client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<script src=\"/app.js\"", html);
    }
}
