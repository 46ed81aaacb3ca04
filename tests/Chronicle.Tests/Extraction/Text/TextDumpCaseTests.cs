using System.Text.Json;
using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Text;
using Chronicle.Ingest;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Extraction.Text;

/// <summary>Handmade dumps of other kinds of sites (<c>Cases/text/NAME.txt</c> with <c>NAME.expected.json</c>, the seeds'
/// schema plus an optional <c>url</c>): one test row per expected field. Adding a case is adding two files.</summary>
public sealed class TextDumpCaseTests
{
    private static readonly TextArticleExtractor Extractor = new(AgencyDetector.Default);

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Chronicle.Tests", "Cases", "text");

    public static TheoryData<string, string> Fields()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.expected.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path)[..^".expected.json".Length];
            foreach (var field in ArticleExpectations.Fields(Load(name).GetProperty("article")))
                data.Add(name, field);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Extract_HandmadeDump_MatchesExpectedField(string name, string field)
    {
        var expected = Load(name);
        var url = expected.TryGetProperty("url", out var u) ? u.GetString() : null;
        var path = Path.Combine(Folder, name + ".txt");
        var document = new SourceDocument(name, File.ReadAllText(path), DocumentFormat.Text, new Provenance(path, null, url, null, "-"));

        var result = Extractor.Extract(document);

        Assert.True(result.IsSuccess, result.Error);
        ArticleExpectations.Check(name, expected.GetProperty("article"), field, result.Value!);
    }

    private static JsonElement Load(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected.json")));
        return json.RootElement.Clone();
    }
}
