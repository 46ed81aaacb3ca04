using System.Text.Json;
using Chronicle.Extraction;
using Chronicle.Extraction.Html;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Extraction.Html;

/// <summary>
/// Runs every case under <c>Cases/html</c>: a page <c>name.html</c> and <c>name.expected.json</c> holding the fields it
/// must give (title, byline, outlet, section, standfirst, language: a string or null), <c>paragraphs</c> (exact),
/// <c>excludes</c> (strings the body must not hold), <c>credit_lines</c> (evidence passed to the agency detector), and
/// optionally the page's <c>url</c>. Adding a case is adding two files.
/// </summary>
public sealed class HtmlCaseTests
{
    private static readonly string CaseFolder = Path.Combine(RepoPaths.Root, "tests", "Chronicle.Tests", "Cases", "html");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(CaseFolder, "*.html").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_HtmlCase_GivesExpectedFields(string name)
    {
        var html = File.ReadAllText(Path.Combine(CaseFolder, name + ".html"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(CaseFolder, name + ".expected.json")));
        var root = expected.RootElement;
        var url = root.TryGetProperty("url", out var u) ? u.GetString() : null;
        var agencies = new RecordingAgencyDetector();
        var extractor = new HtmlArticleExtractor(new FixedDateFinder(null), agencies);

        var result = extractor.Extract(HtmlDocuments.Of(html, url));

        Assert.True(result.IsSuccess, result.Error);
        var article = result.Value!;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "url":
                    break;
                case "paragraphs":
                    Assert.Equal(Strings(property.Value), article.Paragraphs);
                    break;
                case "excludes":
                    foreach (var text in Strings(property.Value))
                        Assert.DoesNotContain(text, article.Body, StringComparison.Ordinal);
                    break;
                case "credit_lines":
                    foreach (var text in Strings(property.Value))
                        Assert.Contains(text, agencies.Evidence!.CreditLines);
                    break;
                default:
                    Assert.Equal(property.Value.GetString(), Field(article, property.Name));
                    break;
            }
        }
    }

    private static string? Field(Article article, string name) => name switch
    {
        "title" => article.Title,
        "byline" => article.Byline,
        "outlet" => article.Outlet,
        "section" => article.Section,
        "standfirst" => article.Standfirst,
        "language" => article.Language,
        _ => throw new InvalidOperationException($"Unknown expected field '{name}'."),
    };

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
