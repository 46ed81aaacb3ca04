using System.Text.Json;
using Chronicle.Extraction;
using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Text;

namespace Chronicle.Tests.Seeds;

/// <summary>Every field under <c>article</c> in each seed's <c>.expected.json</c>, one test row per field, checked
/// against the text extractor's output. Fields absent from a seed are not checked; a field this test does not know
/// fails, so that a new expectation is never silently skipped.</summary>
public sealed class SeedArticleTests
{
    private static readonly TextArticleExtractor Extractor = new(AgencyDetector.Default);

    public static TheoryData<string, string> Fields()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in SeedCase.All())
        {
            if (seed.Section("article") is not { } article)
                continue;
            foreach (var field in article.EnumerateObject())
            {
                if (!field.Name.EndsWith("_note", StringComparison.Ordinal))
                    data.Add(seed.Name, field.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Extract_SeedDump_MatchesExpectedField(string seed, string field)
    {
        var seedCase = SeedCase.Get(seed);
        var expected = seedCase.Section("article")!.Value.GetProperty(field);
        var result = Extractor.Extract(seedCase.ToSourceDocument());
        Assert.True(result.IsSuccess, result.Error);
        var article = result.Value!;
        var paragraphs = article.Paragraphs;

        switch (field)
        {
            case "title": Assert.Equal(expected.GetString(), article.Title); break;
            case "section": Assert.Equal(expected.GetString(), article.Section); break;
            case "published": Assert.Equal(expected.GetString(), article.Published?.ToIsoString()); break;
            case "outlet": Assert.Equal(expected.GetString(), article.Outlet); break;
            case "byline": Assert.Equal(expected.GetString(), article.Byline); break;
            case "language": Assert.Equal(expected.GetString(), article.Language); break;
            case "agencies": Assert.Equal(Strings(expected), article.Agencies); break;
            case "standfirst_starts_with": Assert.StartsWith(expected.GetString()!, article.Standfirst ?? string.Empty, StringComparison.Ordinal); break;
            case "body_first_paragraph_starts_with": Assert.StartsWith(expected.GetString()!, paragraphs.FirstOrDefault() ?? string.Empty, StringComparison.Ordinal); break;
            case "body_last_paragraph_ends_with": Assert.EndsWith(expected.GetString()!, paragraphs.LastOrDefault() ?? string.Empty, StringComparison.Ordinal); break;
            case "body_paragraph_count": Assert.Equal(expected.GetInt32(), paragraphs.Count); break;
            case "body_must_contain":
                foreach (var text in Strings(expected))
                    Assert.Contains(text, article.Body, StringComparison.Ordinal);
                break;
            case "body_must_not_contain":
                foreach (var text in Strings(expected))
                    Assert.DoesNotContain(text, article.Body, StringComparison.Ordinal);
                break;
            default: Assert.Fail($"{seed}: the seed test does not know the article field '{field}'"); break;
        }
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
