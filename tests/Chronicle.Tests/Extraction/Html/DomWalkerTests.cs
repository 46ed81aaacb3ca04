using AngleSharp.Html.Parser;
using Chronicle.Extraction.Html;

namespace Chronicle.Tests.Extraction.Html;

public sealed class DomWalkerTests
{
    private static PageModel Walk(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        return new DomWalker(ClassPatterns.Default, MetadataPatterns.Default).Walk(page.Body!, page.Head);
    }

    private static ElementNode Element(PageModel model, string tag) => model.Elements.First(e => e.Tag == tag);

    [Fact]
    public void Walk_ParagraphText_CountsInItsElementAndAncestors()
    {
        var model = Walk("<html><body><div><p>Plain text, <a href='/x'>linked</a></p></div></body></html>");

        Assert.Equal(18, Element(model, "p").Chars);
        Assert.Equal(6, Element(model, "p").LinkChars);
        Assert.Equal(1, Element(model, "p").Commas);
        Assert.Equal(18, Element(model, "div").Chars);
        Assert.Equal(6, Element(model, "div").LinkChars);
    }

    [Fact]
    public void Walk_LinkList_HasTheLinkDensityOfItsItems()
    {
        var model = Walk("<html><body><ul><li><a href='/a'>First story</a></li><li><a href='/b'>Second story</a></li></ul></body></html>");

        Assert.Equal(1.0, Element(model, "ul").LinkDensity);
    }
}
