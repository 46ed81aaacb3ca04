using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Text;
using Chronicle.Ingest;

namespace Chronicle.Tests.Extraction.Text;

public sealed class TextArticleExtractorTests
{
    private static readonly TextArticleExtractor Extractor = new(AgencyDetector.Default);

    private const string Story = """
        Seoul and Tokyo agree to resume shuttle diplomacy

        By Jane Roe
        Published: April 2, 2025

        South Korea and Japan agreed on Wednesday to resume regular visits by their leaders, officials said.

        The two sides also discussed North Korea's missile programme.
        """;

    private static SourceDocument Doc(string content, string? url = null, string source = "dump.txt") =>
        new(null, content, DocumentFormat.Text, new Provenance(source, null, url, null, "-"));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t \n")]
    public void Extract_EmptyText_FailsWithReason(string content)
    {
        var result = Extractor.Extract(Doc(content));
        Assert.False(result.IsSuccess);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BinaryLookingText_FailsWithReason()
    {
        var bytes = new byte[3000];
        new Random(7).NextBytes(bytes);
        var content = "%PDF-1.7\n" + new string(bytes.Select(b => (char)b).ToArray());

        var result = Extractor.Extract(Doc(content));

        Assert.False(result.IsSuccess);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OneMegabyteLine_IsDroppedAndTheStoryKept()
    {
        var blob = new string('x', 1 << 20);
        var result = Extractor.Extract(Doc(blob + "\n\n" + Story));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, result.Value!.Paragraphs.Count);
        Assert.DoesNotContain("xxxx", result.Value.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OnlyAOneMegabyteLine_FailsWithReason()
    {
        var result = Extractor.Extract(Doc(string.Concat(Enumerable.Repeat("word ", 1 << 18))));
        Assert.False(result.IsSuccess);
        Assert.Contains("no article text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NoProse_FailsWithReason()
    {
        var result = Extractor.Extract(Doc("Home\nWorld\nSubscribe Now!\nSHARE\n31.1 C\n"));
        Assert.False(result.IsSuccess);
        Assert.Contains("no article text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Story_ReadsHeaderAndBody()
    {
        var article = Extractor.Extract(Doc(Story, "https://www.example.org/world/1")).Value!;

        Assert.Equal("Seoul and Tokyo agree to resume shuttle diplomacy", article.Title);
        Assert.Equal("Jane Roe", article.Byline);
        Assert.Equal("2025-04-02", article.Published?.ToIsoString());
        Assert.Equal("example.org", article.Outlet);
        Assert.Equal("https://www.example.org/world/1", article.Url);
        Assert.Equal("en", article.Language);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Extract_TeaserStampsAfterTheBody_AreNotThePublicationDate()
    {
        var dump = """
            Seoul and Tokyo agree to resume shuttle diplomacy

            South Korea and Japan agreed on Wednesday to resume regular visits by their leaders, officials said.

            Related Articles

            Japan's parliament passes budget

            Last Updated: April 1, 2025, 10:00 IST
            """;
        var article = Extractor.Extract(Doc(dump)).Value!;

        Assert.Null(article.Published);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Extract_LinePrintedTwiceInsideTheBody_IsACaption()
    {
        var dump = """
            Seoul and Tokyo agree to resume shuttle diplomacy

            South Korea and Japan agreed on Wednesday to resume regular visits by their leaders, officials said.
            Leaders shake hands in Tokyo on Wednesday.
            Leaders shake hands in Tokyo on Wednesday.

            The two sides also discussed North Korea's missile programme.
            """;
        var article = Extractor.Extract(Doc(dump)).Value!;

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.DoesNotContain("shake hands", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ScriptAndStyleBlobs_AreDropped()
    {
        var dump = Story + """

            window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
            .story-card { margin: 0 auto; font-size: 14px; } @media (max-width: 600px) { .story-card { display: none; } }
            """;
        var article = Extractor.Extract(Doc(dump)).Value!;

        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Extract_WithBoilerplateStats_DropsLinesRepeatedOverTheOutletsPages()
    {
        const string footer = "Our journalism is funded by readers like you and we thank every one of them for it.";
        var stats = new BoilerplateLineStats();
        for (var i = 0; i < 5; i++)
            stats.Observe("example.org", $"Story number {i} is about something else entirely, officials said.\n\n{footer}\n");
        var withStats = new TextArticleExtractor(AgencyDetector.Default, stats);
        var dump = Story + "\n\n" + footer + "\n";

        var plain = Extractor.Extract(Doc(dump, "https://example.org/a")).Value!;
        var filtered = withStats.Extract(Doc(dump, "https://example.org/a")).Value!;
        var otherOutlet = withStats.Extract(Doc(dump, "https://other.example.net/a")).Value!;

        Assert.Contains(footer, plain.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(footer, filtered.Body, StringComparison.Ordinal);
        Assert.Contains(footer, otherOutlet.Body, StringComparison.Ordinal);
    }
}
