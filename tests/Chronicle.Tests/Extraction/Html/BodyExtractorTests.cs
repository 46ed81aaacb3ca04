using AngleSharp.Html.Parser;
using Chronicle.Extraction.Html;

namespace Chronicle.Tests.Extraction.Html;

public sealed class BodyExtractorTests
{
    private const string Prose = "North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny cosmodrome on Wednesday, the Kremlin said, in a meeting that lasted more than four hours and ended with a tour of the launch site. ";

    private static PageModel Marked(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var model = new DomWalker(ClassPatterns.Default, MetadataPatterns.Default).Walk(page.Body!, page.Head);
        BodyExtractor.MarkDropped(model);
        return model;
    }

    private static ElementNode ByClass(PageModel model, string cls) => model.Elements.First(e => e.Element.GetAttribute("class") == cls);

    [Fact]
    public void MarkDropped_WidgetNamedDivHoldingLongProse_IsKept()
    {
        var html = $"<html><body><div class='entry share'><p>{Prose}</p><p>{Prose}</p><p>{Prose}</p></div>"
            + "<div class='share-bar'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a> Share this story with your friends</div></body></html>";

        var model = Marked(html);

        Assert.False(ByClass(model, "entry share").Dropped);
        Assert.True(ByClass(model, "share-bar").Dropped);
    }

    [Fact]
    public void MarkDropped_WidgetNamedDivOfLinks_IsDroppedHoweverLong()
    {
        var links = string.Concat(Enumerable.Range(0, 40).Select(i => $"<a href='/{i}'>Another story number {i}</a> "));

        var article = string.Concat(Enumerable.Repeat($"<p>{Prose}</p>", 8));

        var model = Marked($"<html><body>{article}<div class='share'>{links}</div></body></html>");

        Assert.True(ByClass(model, "share").Dropped);
    }

    [Theory]
    [InlineData("Read more: <a href='/x'>North Korea fires missile over the sea</a>", true)]
    [InlineData("Lire aussi : <a href='/x'>La Corée du Nord tire un missile</a>", true)]
    [InlineData("The ministry said: <a href='/x'>statement</a> was issued after the talks ended in the capital.", false)]
    [InlineData("<a href='/x'>North Korea fires missile over the sea</a>", false)]
    public void IsCrossReference_LeadInColonThenLink(string inner, bool expected)
    {
        var model = Marked($"<html><body><p>{inner}</p></body></html>");

        Assert.Equal(expected, BodyExtractor.IsCrossReference(model.Blocks[0]));
    }

    [Fact]
    public void WithoutFurniture_CallsToActionClosingTheBody_AreDropped()
    {
        var model = Marked($"<html><body><p>{Prose}</p><p>Readers who follow us on social media will see the next report first, the editors said. {Prose}{Prose}</p>"
            + "<p>For the latest stories download the Daily Example apps for iOS and Android.</p>"
            + "<p>Follow us on Twitter and Instagram @DailyExample and on Facebook.</p></body></html>");

        var kept = BodyExtractor.WithoutFurniture(model.Blocks, BoilerplatePhrases.Default);

        Assert.Equal(2, kept.Count);
        Assert.StartsWith("Readers who follow us", kept[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutFurniture_CallToActionInsideTheBody_IsKept()
    {
        var model = Marked($"<html><body><p>{Prose}</p><p>Follow us on Twitter and Instagram for updates from the summit as the talks go on into the night.</p><p>{Prose}</p></body></html>");

        Assert.Equal(3, BodyExtractor.WithoutFurniture(model.Blocks, BoilerplatePhrases.Default).Count);
    }
}
