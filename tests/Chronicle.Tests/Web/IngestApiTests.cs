using System.Net;
using System.Text;

namespace Chronicle.Tests.Web;

/// <summary><c>POST /api/documents</c> on a server started with <c>--allow-ingest</c> over an empty archive.</summary>
public sealed class IngestApiTests(IngestServerFixture server) : IClassFixture<IngestServerFixture>
{
    private const string Page = """
        <!doctype html><html><head><title>Lavrov arrives in Pyongyang</title>
        <meta property="article:published_time" content="2023-10-18"></head>
        <body><article><h1>Lavrov arrives in Pyongyang</h1>
        <p>PYONGYANG, Oct 18 - Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for talks with North Korean officials, state media said.</p>
        <p>Lavrov met North Korean Foreign Minister Choe Son Hui on Thursday, and the two sides signed a plan for consultations, KCNA reported.</p>
        </article></body></html>
        """;

    private async Task<ApiAnswer> Post(string body, string contentType, string query = "")
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return await ApiCalls.ReadAsync(await server.Client.PostAsync("/api/documents" + query, content, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Html_IsStoredOnceAndReadable()
    {
        var first = await Post(Page, "text/html; charset=utf-8", "?url=https://news.example/2023/10/18/lavrov");
        Assert.Equal(HttpStatusCode.Created, first.Status);
        var stored = Assert.Single(first.Body.GetProperty("articles").EnumerateArray());
        Assert.False(stored.GetProperty("duplicate").GetBoolean());
        var id = stored.GetProperty("id").GetInt64();

        var article = await server.GetAsync($"/api/articles/{id}");
        Assert.Equal("Lavrov arrives in Pyongyang", article.Body.Text("title"));
        Assert.Equal("https://news.example/2023/10/18/lavrov", article.Body.Text("url"));
        Assert.NotEmpty(article.Body.GetProperty("spans").GetProperty("mentions").EnumerateArray());

        var again = await Post(Page, "text/html");
        Assert.Equal(HttpStatusCode.OK, again.Status);
        var duplicate = Assert.Single(again.Body.GetProperty("articles").EnumerateArray());
        Assert.True(duplicate.GetProperty("duplicate").GetBoolean());
        Assert.Equal(id, duplicate.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Jsonl_StoresEachDocument()
    {
        var lines = string.Join('\n',
            """{"id":"a","url":"https://wire.example/2024/06/19/treaty","text":"Putin and Kim sign treaty\n\nPYONGYANG, June 19 - Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday, state media reported."}""",
            """{"id":"b","url":"https://wire.example/2024/06/20/reaction","text":"Seoul condemns treaty\n\nSEOUL, June 20 - South Korea condemned the treaty signed by Russia and North Korea on Thursday and said it would review sending weapons to Ukraine, officials said."}""");
        var answer = await Post(lines, "application/x-ndjson");
        Assert.Equal(HttpStatusCode.Created, answer.Status);
        Assert.Equal(2, answer.Body.GetProperty("articles").GetArrayLength());
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("application/json")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("nonsense")]
    public async Task OtherContentTypes_Are415(string contentType)
    {
        var answer = await Post("hello", contentType);
        answer.AssertProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("text/html", answer.Body.Text("detail"));
    }

    [Fact]
    public async Task BodyOverTheIngestLimit_Is413()
    {
        var before = server.Fingerprint();
        var answer = await Post(new string('a', 20 * 1024 * 1024 + 1), "text/plain");
        answer.AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, server.Fingerprint());
    }

    [Fact]
    public async Task EmptyOrUnreadableBodies_AreProblems()
    {
        (await Post("", "text/plain")).AssertProblem(HttpStatusCode.BadRequest);
        var nothing = await Post("short", "text/plain");
        nothing.AssertProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("POST /api/documents", nothing.Body.Text("detail"));
        (await Post(Page, "text/html", "?url=javascript:alert(1)")).AssertProblem(HttpStatusCode.BadRequest);
    }
}
