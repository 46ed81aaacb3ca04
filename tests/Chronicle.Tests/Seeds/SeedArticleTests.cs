using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Text;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Seeds;

/// <summary>Every field under <c>article</c> in each seed's <c>.expected.json</c>, one test row per field, checked
/// against the text extractor's output. Fields absent from a seed are not checked; a field no check knows fails, so
/// that a new expectation is never silently skipped.</summary>
public sealed class SeedArticleTests
{
    private static readonly TextArticleExtractor Extractor = new(AgencyDetector.Default);

    public static TheoryData<string, string> Fields()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in SeedCase.All())
        {
            if (seed.Section("article") is { } article)
            {
                foreach (var field in ArticleExpectations.Fields(article))
                    data.Add(seed.Name, field);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Extract_SeedDump_MatchesExpectedField(string seed, string field)
    {
        var seedCase = SeedCase.Get(seed);
        var result = Extractor.Extract(seedCase.ToSourceDocument());
        Assert.True(result.IsSuccess, result.Error);
        ArticleExpectations.Check(seed, seedCase.Section("article")!.Value, field, result.Value!);
    }
}
