using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Text;

namespace Chronicle.Tests.Extraction.Text;

/// <summary>Line shapes, one per row; the lines are invented, not taken from any seed.</summary>
public sealed class LineClassifierTests
{
    private static readonly LineClassifier Classifier = new(AgencyDetector.Default);

    [Theory]
    [InlineData("Share this story", LineKind.Widget)]
    [InlineData("Subscribe Now!", LineKind.Widget)]
    [InlineData("» Read More", LineKind.Widget)]
    [InlineData("Trending Now", LineKind.TeaserHeading)]
    [InlineData("More from Asia", LineKind.TeaserHeading)]
    [InlineData("You may also like", LineKind.TeaserHeading)]
    [InlineData("A storm hit the coast overnight and several towns lost power. Read More", LineKind.TeaserHeading)]
    [InlineData("Also read: Tokyo stocks slip as yen rises", LineKind.TeaserLine)]
    [InlineData("Get the latest world news and updates on Example Post.", LineKind.Promo)]
    [InlineData("We use cookies to improve your experience on our site.", LineKind.Promo)]
    [InlineData("© 2024 Example Media Group", LineKind.Promo)]
    [InlineData("Troops parade in the capital (Reuters)", LineKind.Caption)]
    [InlineData("The foreign minister arrives in Hanoi (Photo: AP)", LineKind.Caption)]
    [InlineData("Photo: Jane Roe/AFP", LineKind.Caption)]
    [InlineData("Published: 4 June 2025", LineKind.Timestamp)]
    [InlineData("Friday, June 6, 2025", LineKind.Timestamp)]
    [InlineData("By John Roe", LineKind.Credit)]
    [InlineData("AFP |", LineKind.Credit)]
    [InlineData("(With inputs from PTI)", LineKind.Credit)]
    [InlineData("24 C", LineKind.Weather)]
    [InlineData(".hero { color: #fff; font-size: 12px; }", LineKind.Code)]
    [InlineData("(function(){ var s = document.createElement('script'); s.async = true; })();", LineKind.Code)]
    [InlineData("The talks lasted two hours; both sides called them useful.", LineKind.Text)]
    [InlineData("Officials said: the road will open in May; the bridge later.", LineKind.Text)]
    [InlineData("Reuters could not independently verify the claim.", LineKind.Text)]
    [InlineData("The minister said the talks would resume next week. (IANS)", LineKind.Text)]
    [InlineData("Ceasefire talks stall as both sides trade blame", LineKind.Heading)]
    [InlineData("Kuala Lumpur", LineKind.Short)]
    [InlineData("Home > World > Asia Pacific", LineKind.Widget)]
    [InlineData("News | Sport | Weather | Business", LineKind.Widget)]
    [InlineData("Image caption, Officials met in the capital on Monday", LineKind.Caption)]
    [InlineData("Kim Jong Un inspects a launch site. KCNA via Reuters", LineKind.Caption)]
    [InlineData("Images of the parade, released by state media, show new missiles.", LineKind.Text)]
    [InlineData("Continue reading the main story", LineKind.Widget)]
    [InlineData("12 Comments", LineKind.TeaserHeading)]
    [InlineData("Story continues below advertisement", LineKind.Widget)]
    public void Classify_GivesTheLineItsKind(string line, LineKind expected) =>
        Assert.Equal(expected, Classifier.Classify(line, LineText.CountWords(line)));
}
