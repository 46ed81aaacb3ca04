using System.Text.Json;
using Chronicle.Extraction;

namespace Chronicle.Tests.Support;

/// <summary>Checks one field of an <c>article</c> expectation object (the schema of ../shared/seeds' <c>.expected.json</c>)
/// against an extracted article. Shared by the seed test and the handmade case tests.</summary>
public static class ArticleExpectations
{
    /// <summary>The checkable fields of an expectation object; notes ("…_note") are documentation.</summary>
    public static IEnumerable<string> Fields(JsonElement article) =>
        article.EnumerateObject().Select(p => p.Name).Where(n => !n.EndsWith("_note", StringComparison.Ordinal));

    public static void Check(string caseName, JsonElement article, string field, Article actual)
    {
        var expected = article.GetProperty(field);
        var paragraphs = actual.Paragraphs;
        switch (field)
        {
            case "title": Assert.Equal(expected.GetString(), actual.Title); break;
            case "section": Assert.Equal(expected.GetString(), actual.Section); break;
            case "published": Assert.Equal(expected.GetString(), actual.Published?.ToIsoString()); break;
            case "outlet": Assert.Equal(expected.GetString(), actual.Outlet); break;
            case "byline": Assert.Equal(expected.GetString(), actual.Byline); break;
            case "language": Assert.Equal(expected.GetString(), actual.Language); break;
            case "standfirst": Assert.Equal(expected.GetString(), actual.Standfirst); break;
            case "agencies": Assert.Equal(Strings(expected), actual.Agencies); break;
            case "standfirst_starts_with": Assert.StartsWith(expected.GetString()!, actual.Standfirst ?? string.Empty, StringComparison.Ordinal); break;
            case "body_first_paragraph_starts_with": Assert.StartsWith(expected.GetString()!, paragraphs.FirstOrDefault() ?? string.Empty, StringComparison.Ordinal); break;
            case "body_last_paragraph_ends_with": Assert.EndsWith(expected.GetString()!, paragraphs.LastOrDefault() ?? string.Empty, StringComparison.Ordinal); break;
            case "body_paragraph_count": Assert.Equal(expected.GetInt32(), paragraphs.Count); break;
            case "body_must_contain":
                foreach (var text in Strings(expected))
                    Assert.Contains(text, actual.Body, StringComparison.Ordinal);
                break;
            case "body_must_not_contain":
                foreach (var text in Strings(expected))
                    Assert.DoesNotContain(text, actual.Body, StringComparison.Ordinal);
                break;
            default: Assert.Fail($"{caseName}: no check is known for the article field '{field}'"); break;
        }
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
