using Chronicle.Extraction.Html;

namespace Chronicle.Tests.Extraction.Html;

public sealed class TitleChooserTests
{
    [Fact]
    public void Choose_HeadingWithTypographicQuotes_KeepsTheHeadingsMarks()
    {
        var title = TitleChooser.Choose(null, "Why I say \"belly birth\" - Some Blog", null, ["Why I say „belly birth“"], null, "Some Blog");

        Assert.Equal("Why I say „belly birth“", title);
    }

    [Fact]
    public void Choose_MetadataWithSectionPrefix_GivesTheHeading()
    {
        var title = TitleChooser.Choose(null, "Obituaries: Lotte Tobisch has died", null, ["Lotte Tobisch has died"], null, null);

        Assert.Equal("Lotte Tobisch has died", title);
    }

    [Fact]
    public void Choose_HeadingThatIsTheSiteName_IsNotTheTitle()
    {
        var title = TitleChooser.Choose(null, null, null, ["Literary Whispers"], "Into the new year | Literary Whispers", "Literary Whispers");

        Assert.Equal("Into the new year", title);
    }

    [Fact]
    public void Choose_TitleEndingInAHeadingLongerThanIt_IsTheTitle()
    {
        // The site's logo heading, named differently from og:site_name, closes the <title> after a longer article title.
        var title = TitleChooser.Choose(null, null, null, ["Whispers"], "Into the new year of reading | Whispers", null);

        Assert.Equal("Into the new year of reading", title);
    }

    [Fact]
    public void Choose_HeadlineWithSiteSuffix_IsStripped()
    {
        var title = TitleChooser.Choose("Dance at the depot: washed in all waters | St.Galler Tagblatt", null, null, [], null, "St. Galler Tagblatt");

        Assert.Equal("Dance at the depot: washed in all waters", title);
    }

    [Fact]
    public void StripSiteName_SiteNameAsDomain_IsRecognised()
    {
        Assert.Equal("Polar front reaches the south", TitleChooser.StripSiteName("Polar front reaches the south - La Stampa", "lastampa.it"));
    }
}
