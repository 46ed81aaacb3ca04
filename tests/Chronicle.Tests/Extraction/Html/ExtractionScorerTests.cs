using System.Text;
using Chronicle.Benchmarks;

namespace Chronicle.Tests.Extraction.Html;

public sealed class ExtractionScorerTests
{
    private static readonly LabelledPage Page = new(
        "https://example.org/a", "a.html",
        With: ["Kim met Putin", "on  Wednesday"],
        Without: ["Subscribe now", "Related stories"],
        Title: "Kim meets Putin");

    [Fact]
    public void Score_CountsSnippetsFoundAndMissed()
    {
        var score = ExtractionScorer.Score(Page, "Kim met Putin\non Wednesday.\n\nSubscribe now", "Kim meets  Putin");

        Assert.Equal((2, 0, 1, 1), (score.TruePositives, score.FalseNegatives, score.FalsePositives, score.TrueNegatives));
        Assert.Equal(1, score.TitlesCorrect);
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(1.0, score.Recall, 6);
        Assert.Equal(0.8, score.F1, 6);
        Assert.Equal(0.75, score.Accuracy, 6);
    }

    [Fact]
    public void Score_NothingExtracted_MissesEveryWithSnippet()
    {
        var score = ExtractionScorer.Score(Page, null, null);

        Assert.Equal((0, 2, 0, 2), (score.TruePositives, score.FalseNegatives, score.FalsePositives, score.TrueNegatives));
        Assert.Equal(0, score.F1);
        Assert.Equal(0, score.TitlesCorrect);
        Assert.Equal(1, score.TitlesLabelled);
    }

    [Fact]
    public void Add_SumsPagesAndTitles()
    {
        var total = ExtractionScorer.Score(Page, "Kim met Putin", "Other title") + ExtractionScorer.Score(Page with { Title = null }, "", null);

        Assert.Equal(2, total.Pages);
        Assert.Equal(1, total.TitlesLabelled);
        Assert.Equal(0, total.TitleAccuracy);
        Assert.Equal(3, total.FalseNegatives);
    }

    [Fact]
    public void Parse_ReadsEvaldataFormat_SkipsPagesWithoutFile()
    {
        const string json = """
            {"https://a.example/1": {"file": "a.html", "with": ["x"], "without": ["y", "z"], "title": "T"},
             "https://a.example/2": {"with": ["x"]}}
            """;
        var result = ExtractionLabels.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var page = Assert.Single(result.Value!);
        Assert.Equal(("https://a.example/1", "a.html", "T"), (page.Url, page.File, page.Title));
        Assert.Equal(["y", "z"], page.Without);
    }

    [Fact]
    public void Load_MissingFile_FailsWithReason()
    {
        var result = ExtractionLabels.Load(Path.Combine(Path.GetTempPath(), "no-such-labels-" + Guid.NewGuid() + ".json"));

        Assert.False(result.IsSuccess);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }
}
