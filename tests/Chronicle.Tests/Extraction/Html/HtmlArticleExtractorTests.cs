using System.Text;
using Chronicle.Extraction;
using Chronicle.Extraction.Html;

namespace Chronicle.Tests.Extraction.Html;

public sealed class HtmlArticleExtractorTests
{
    private const string Prose = "North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday, the Kremlin said, in a meeting that lasted more than four hours at the cosmodrome.";

    private static HtmlArticleExtractor Extractor(IHtmlDateFinder? dates = null, IAgencyDetector? agencies = null) =>
        new(dates ?? new FixedDateFinder(null), agencies ?? new RecordingAgencyDetector());

    [Fact]
    public void Extract_PassesPageAndUrlToDateFinder_KeepsItsDate()
    {
        var date = new PublicationDate(new DateOnly(2023, 9, 13), new TimeOnly(10, 51), TimeSpan.FromHours(9));
        var dates = new FixedDateFinder(date);

        var result = Extractor(dates).Extract(HtmlDocuments.Of($"<html><body><article><p>{Prose}</p></article></body></html>", "https://example.org/2023/09/13/x"));

        Assert.Equal(date, result.Value!.Published);
        Assert.Equal("https://example.org/2023/09/13/x", dates.LastUrl);
    }

    [Fact]
    public void Extract_GivesBylineAndBodyToAgencyDetector_KeepsItsAgencies()
    {
        var agencies = new RecordingAgencyDetector();
        var html = $"<html><body><article><p class=\"byline\">By Jim Gomez (AP)</p><p>{Prose}</p></article></body></html>";

        var result = Extractor(agencies: agencies).Extract(HtmlDocuments.Of(html));

        Assert.Equal(["AP"], result.Value!.Agencies);
        Assert.Equal("By Jim Gomez (AP)", agencies.Evidence!.Byline);
        Assert.Equal([Prose], agencies.Evidence.Paragraphs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<html><head><title>Only a title</title></head></html>")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav></body></html>")]
    [InlineData("\u0000\u0001\u0002%PDF-1.4 binary garbage")]
    public void Extract_PageWithoutText_FailsWithReason(string html)
    {
        var result = Extractor().Extract(HtmlDocuments.Of(html));

        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Extract_BrokenHtml_StillFindsText()
    {
        var html = $"<html><body><div><p>{Prose}<div><span><b>unclosed <i>tags</body>";

        var result = Extractor().Extract(HtmlDocuments.Of(html));

        Assert.True(result.IsSuccess, result.Error);
        Assert.StartsWith("North Korean leader", result.Value!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DeeplyNestedPage_DoesNotOverflow()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++)
            html.Append("<div>");
        html.Append("<p>").Append(Prose).Append("</p></body></html>");

        var result = Extractor().Extract(HtmlDocuments.Of(html.ToString()));

        Assert.True(result.IsSuccess, result.Error);
    }

    [Fact]
    public void Extract_PageOverTheLimit_FailsWithoutParsing()
    {
        var html = "<html><body><p>" + new string('x', 60 * 1024 * 1024) + "</p></body></html>";

        var result = Extractor().Extract(HtmlDocuments.Of(html));

        Assert.False(result.IsSuccess);
        Assert.Contains("too large", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_EntitiesAndWhitespace_AreCleaned()
    {
        var html = $"<html><body><article><p>  Kim &amp; Putin\n\n met&nbsp;today,   the   Kremlin said. {Prose}</p></article></body></html>";

        var result = Extractor().Extract(HtmlDocuments.Of(html));

        Assert.StartsWith("Kim & Putin met today, the Kremlin said.", result.Value!.Paragraphs[0], StringComparison.Ordinal);
    }
}
