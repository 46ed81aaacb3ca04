using System.Text.Json;
using Chronicle.Events;
using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Text;
using Chronicle.Ingest;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Events;

/// <summary>Reads each seed's <c>.expected.json</c>: every <c>events_must_find</c> entry is found in the events coded
/// from the extracted body (actors, CAMEO root, date or range, location, reported_by where given) and nothing of
/// <c>events_must_not_find</c> is.</summary>
public sealed class SeedEventTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Seeds, "*.expected.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_MustFindEvents_AreFound(string expectedFile)
    {
        var (events, expected) = Code(expectedFile);
        if (!expected.RootElement.TryGetProperty("events_must_find", out var mustFind))
            return;
        var missing = mustFind.EnumerateArray().Where(want => !events.Any(e => SeedExpectation.Matches(want, e)))
            .Select(want => want.GetProperty("what").GetString()).ToList();
        Assert.True(missing.Count == 0,
            $"not found: {string.Join(" | ", missing)}\ncoded:\n{string.Join('\n', events.Select(SeedExpectation.Describe))}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_MustNotFindEvents_AreNotFound(string expectedFile)
    {
        var (events, expected) = Code(expectedFile);
        if (!expected.RootElement.TryGetProperty("events_must_not_find", out var mustNot))
            return;
        foreach (var rule in mustNot.EnumerateArray())
        {
            var offending = events.Where(e => SeedExpectation.Violates(rule, e)).Select(SeedExpectation.Describe).ToList();
            Assert.True(offending.Count == 0, $"{rule.GetProperty("why").GetString()}: {string.Join('\n', offending)}");
        }
    }

    private static (IReadOnlyList<CodedEvent>, JsonDocument) Code(string expectedFile)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Seeds, expectedFile)));
        var document = expected.RootElement.GetProperty("document").GetString()!;
        var content = File.ReadAllText(Path.Combine(RepoPaths.Seeds, document));
        var source = new SourceDocument(document, content, DocumentFormat.Text, new Provenance(document, null, null, null, "seed"));
        var article = new TextArticleExtractor(AgencyDetector.Default).Extract(source);
        Assert.True(article.IsSuccess, article.Error);
        var date = article.Value!.Published?.Date;
        return (Pipelines.Full.Code(new DocumentContext(document, date), article.Value.Body), expected);
    }
}
