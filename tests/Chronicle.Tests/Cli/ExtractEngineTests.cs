using Chronicle.Extraction;
using Chronicle.Ingest;

namespace Chronicle.Tests.Cli;

public sealed class ExtractEngineTests
{
    private static SourceDocument Document(string content, DocumentFormat format, DateTimeOffset? published = null, string? url = null) =>
        new("id", content, format, new Provenance("test", null, url, null, "00")) { Published = published };

    [Fact]
    public void Engine_DispatchesByFormat()
    {
        var engine = ExtractTestDoubles.Engine();

        Assert.Equal("Html title", engine.Extract(Document("<title>Html title</title><p>x</p>", DocumentFormat.Html)).Value!.Title);
        Assert.Equal("<title>Text title</title>", engine.Extract(Document("<title>Text title</title>\nbody", DocumentFormat.Text)).Value!.Title);
        Assert.Equal("unknown document format", engine.Extract(Document("x", DocumentFormat.Unknown)).Error);
    }

    [Fact]
    public void Engine_NoBody_IsAFailure() =>
        Assert.Equal("no article body found in the HTML", ExtractTestDoubles.Engine().Extract(Document("<title>T</title>", DocumentFormat.Html)).Error);

    [Fact]
    public void Engine_ContainerDateAndUrlFillGaps()
    {
        var published = new DateTimeOffset(2025, 2, 26, 10, 51, 0, TimeSpan.FromMinutes(330));
        var article = ExtractTestDoubles.Engine().Extract(Document("<p>x</p>", DocumentFormat.Html, published, "https://example.org/a")).Value!;

        Assert.Equal("2025-02-26T10:51:00+05:30", article.Published?.ToIsoString());
        Assert.Equal("https://example.org/a", article.Url);
    }

    [Fact]
    public void Engine_IsReusableAcrossThreads()
    {
        var engine = ExtractTestDoubles.Engine();
        var titles = Enumerable.Range(0, 200).AsParallel()
            .Select(i => engine.Extract(Document($"<title>T{i}</title><p>b</p>", DocumentFormat.Html)).Value!.Title)
            .ToHashSet();
        Assert.Equal(200, titles.Count);
    }

    [Fact]
    public void Builder_Defaults_ExtractHtmlAndText()
    {
        var engine = new ChronicleBuilder().Build();
        var html = engine.Extract(Document(
            "<html><head><title>Kim meets Putin</title></head><body><article><h1>Kim meets Putin</h1>"
            + "<p>North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny cosmodrome on Wednesday, the Kremlin said.</p>"
            + "<p>The two leaders discussed military cooperation and the war in Ukraine during talks that lasted several hours.</p></article></body></html>",
            DocumentFormat.Html));
        Assert.True(html.IsSuccess, html.Error);
        Assert.Equal("Kim meets Putin", html.Value!.Title);
        Assert.Contains(html.Value.Paragraphs, p => p.StartsWith("North Korean leader", StringComparison.Ordinal));
    }
}
