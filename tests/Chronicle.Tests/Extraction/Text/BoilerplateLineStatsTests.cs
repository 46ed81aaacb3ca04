using Chronicle.Extraction.Text;
using Chronicle.Ingest;

namespace Chronicle.Tests.Extraction.Text;

public sealed class BoilerplateLineStatsTests
{
    [Fact]
    public void IsBoilerplate_NeedsEnoughPagesOfTheOutlet()
    {
        var stats = new BoilerplateLineStats();
        for (var i = 0; i < BoilerplateLineStats.MinDocuments - 1; i++)
            stats.Observe("example.org", "Subscribe to our daily brief\nA unique line " + i);

        Assert.False(stats.IsBoilerplate("example.org", "Subscribe to our daily brief"));
        stats.Observe("example.org", "Subscribe to our daily brief");
        Assert.True(stats.IsBoilerplate("example.org", "  SUBSCRIBE to our daily brief!  "));
        Assert.False(stats.IsBoilerplate("example.org", "A unique line 1"));
    }

    [Fact]
    public void Observe_CountsALineOncePerPage()
    {
        var stats = new BoilerplateLineStats();
        stats.Observe("example.org", "Menu\nMenu\nMenu");
        Assert.Equal(1, stats.DocumentFrequency("example.org", "Menu"));
        Assert.Equal(1, stats.Documents("example.org"));
        Assert.Equal(0, stats.Documents("other.org"));
    }

    [Theory]
    [InlineData("https://www.example.org/world/1", "/data/a.txt", "example.org")]
    [InlineData(null, "/data/site/a.txt", "/data/site")]
    public void KeyOf_IsTheHostElseTheFolder(string? url, string source, string expected)
    {
        var document = new SourceDocument(null, "x", DocumentFormat.Text, new Provenance(source, null, url, null, "-"));
        Assert.Equal(expected, BoilerplateLineStats.KeyOf(document));
    }
}
