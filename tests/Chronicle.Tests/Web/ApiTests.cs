using System.Net;
using System.Text.Json;

namespace Chronicle.Tests.Web;

/// <summary>Articles, search, stats and the OpenAPI document over samples/ (plus one hostile page).</summary>
public sealed class ApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task Stats_CountsEveryArticleTheListWalks()
    {
        var stats = await server.GetAsync("/api/stats");
        Assert.Equal(HttpStatusCode.OK, stats.Status);
        var walked = await server.WalkAsync("/api/articles?limit=7");
        Assert.True(walked.Count > 30, $"only {walked.Count} articles from samples/");
        Assert.Equal(stats.Body.GetProperty("articles").GetInt32(), walked.Count);
        Assert.Equal(walked.Count, walked.Select(a => a.GetProperty("id").GetInt64()).Distinct().Count());
    }

    [Fact]
    public async Task Articles_FilterByOutletAndDates()
    {
        var byOutlet = await server.GetAsync("/api/articles?outlet=evil%20outlet");
        Assert.Equal("<script>alert(1)</script> Hostile title", Assert.Single(byOutlet.Body.GetProperty("items").EnumerateArray()).Text("title"));
        var byDate = await server.WalkAsync("/api/articles?from=2024-01-01&to=2024-06-30");
        Assert.NotEmpty(byDate);
        Assert.All(byDate, a => Assert.InRange(a.Text("published")![..10], "2024-01-01", "2024-06-30"));
    }

    [Fact]
    public async Task Article_SpansPointIntoItsBody()
    {
        var events = await server.GetAsync("/api/events?actor=RUS&actor=PRK&limit=1");
        var id = events.Body.GetProperty("items")[0].GetProperty("article_id").GetInt64();
        var article = await server.GetAsync($"/api/articles/{id}");
        Assert.Equal(HttpStatusCode.OK, article.Status);
        var body = article.Body.Text("body")!;
        Assert.Equal(string.Join("\n\n", article.Body.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString())), body);
        var spans = article.Body.GetProperty("spans");
        foreach (var kind in new[] { "times", "quantities", "quotes", "mentions" })
        {
            foreach (var span in spans.GetProperty(kind).EnumerateArray())
                Assert.Equal(span.Text("text"), body[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
        }

        Assert.NotEmpty(spans.GetProperty("mentions").EnumerateArray());
        var coded = spans.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(coded);
        foreach (var e in coded)
        {
            var evidence = e.GetProperty("evidence");
            var at = evidence.GetProperty("spans");
            Assert.Equal(evidence.Text("sentence"), body[at.GetProperty("sentence_start").GetInt32()..at.GetProperty("sentence_end").GetInt32()]);
            Assert.False(string.IsNullOrEmpty(evidence.Text("rule")));
            Assert.Equal(id, e.GetProperty("article_id").GetInt64());
        }
    }

    [Fact]
    public async Task Article_KeepsMarkupAsText()
    {
        var list = await server.GetAsync("/api/articles?outlet=Evil%20Outlet");
        var id = list.Body.GetProperty("items")[0].GetProperty("id").GetInt64();
        var article = await server.GetAsync($"/api/articles/{id}");
        Assert.Contains("<img src=x onerror=alert(2)>", article.Body.Text("body"));
        Assert.Equal(64, article.Body.GetProperty("provenance").Text("sha256")!.Length);
    }

    [Fact]
    public async Task Search_FindsWordsWithSnippets()
    {
        var hits = await server.GetAsync("/api/search?q=cosmodrome");
        Assert.Equal(HttpStatusCode.OK, hits.Status);
        Assert.Contains("**", hits.Body[0].Text("snippet"));
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        var doc = await server.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, doc.Status);
        var paths = doc.Body.GetProperty("paths");
        string[] gets =
        [
            "/api/articles", "/api/articles/{id}", "/api/search", "/api/stats", "/api/events", "/api/events/{id}", "/api/events/counts",
            "/api/events/export", "/api/timeline", "/api/actors", "/api/actors/{code}",
            "/api/events/{id}/merged", "/api/stories", "/api/stories/{id}",
        ];
        foreach (var path in gets)
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty("get", out _), path);
        var post = paths.GetProperty("/api/documents").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/html", out _));
        foreach (var status in new[] { "400", "405", "413", "415" })
            Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), status);
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
    [InlineData("/api/events?actor=R")]
    [InlineData("/api/events?actor=RUS%25")]
    [InlineData("/api/events?actor=A&actor=B&actor=C&actor=D&actor=E")]
    [InlineData("/api/events?cameo=4")]
    [InlineData("/api/events?cameo=04x")]
    [InlineData("/api/events?plover=CON%20SULT")]
    [InlineData("/api/events?quad_class=0")]
    [InlineData("/api/events?quad_class=1.0")]
    [InlineData("/api/events?status=rumoured")]
    [InlineData("/api/events?sort=id")]
    [InlineData("/api/events?from=2025-01-01&to=2024-01-01")]
    [InlineData("/api/events?from=2024-01-01&from=2025-01-01")]
    [InlineData("/api/events?limit=501")]
    [InlineData("/api/events?cursor=x1")]
    [InlineData("/api/events/abc")]
    [InlineData("/api/events/counts?quad_class=7")]
    [InlineData("/api/events/export")]
    [InlineData("/api/events/export?format=json")]
    [InlineData("/api/events/export?format=xlsx")]
    [InlineData("/api/events/export?format=csv&limit=10001")]
    [InlineData("/api/timeline")]
    [InlineData("/api/timeline?a=RUS")]
    [InlineData("/api/timeline?a=RUS&b=P")]
    [InlineData("/api/timeline?a=RUS&b=PRK&actor=USA")]
    [InlineData("/api/actors?limit=0")]
    [InlineData("/api/actors/RUS?limit=x")]
    [InlineData("/api/events?actor=RUS&actor=RUS&actor=RUS&actor=RUS&actor=RUS")]
    [InlineData("/api/events?limit=10&limit=20")]
    [InlineData("/api/timeline?a=RUS&a=USA&b=PRK")]
    [InlineData("/api/events/export?format=csv&format=tsv")]
    [InlineData("/api/search?q=putin&q=kim")]
    public async Task BadParameters_AreProblemDetails(string path) => (await server.GetAsync(path)).AssertProblem(HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("/api/articles/424242")]
    [InlineData("/api/events/424242")]
    [InlineData("/api/actors/ZZZQQQ")]
    public async Task UnknownThings_Are404ProblemDetails(string path) => (await server.GetAsync(path)).AssertProblem(HttpStatusCode.NotFound);

    [Fact]
    public async Task Documents_OnAReadOnlyServerAre405()
    {
        using var content = new StringContent("Some text", System.Text.Encoding.UTF8, "text/plain");
        var answer = await ApiCalls.ReadAsync(await server.Client.PostAsync("/api/documents", content, TestContext.Current.CancellationToken));
        answer.AssertProblem(HttpStatusCode.MethodNotAllowed);
        Assert.Contains("--allow-ingest", answer.Body.Text("detail"));
    }

    [Fact]
    public async Task Page_IsServedWithAStrictContentSecurityPolicy()
    {
        using var response = await server.Client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<script type=\"module\" src=\"/app.js\"", html);
        foreach (var module in new[] { "/app.js", "/dom.js", "/chart.js", "/events.js", "/reader.js" })
            Assert.Equal(HttpStatusCode.OK, (await server.GetAsync(module)).Status);
    }

    internal static JsonElement[] Items(ApiAnswer answer) => [.. answer.Body.GetProperty("items").EnumerateArray()];
}
