using System.Text.Json;
using Chronicle.Actors;
using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Text;
using Chronicle.Language;
using Chronicle.Tests.Seeds;

namespace Chronicle.Tests.Actors;

/// <summary>The seeds end to end through extraction, analysis and actor recognition: every actor code of <c>events_must_find</c> is
/// a mention of the body, "Seoul said" resolves to KORGOV, and the boilerplate's actors are no mentions of the body.</summary>
public sealed class SeedActorTests
{
    private static readonly TextArticleExtractor Extractor = new(AgencyDetector.Default);
    private static readonly TextAnalyzer Analyzer = new();
    private static readonly ActorRecognizer Recognizer = new();

    public static TheoryData<string, string> RequiredCodes()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in SeedCase.All())
        {
            if (seed.Section("events_must_find") is not { } events)
                continue;
            var codes = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var item in events.EnumerateArray())
            {
                foreach (var field in new[] { "source", "target" })
                {
                    if (item.TryGetProperty(field, out var code) && code.ValueKind == JsonValueKind.String)
                        codes.Add(code.GetString()!);
                }

                if (item.TryGetProperty("actors", out var actors))
                    codes.UnionWith(actors.EnumerateArray().Select(a => a.GetString()!));
            }

            foreach (var code in codes)
                data.Add(seed.Name, code);
        }

        return data;
    }

    public static TheoryData<string, string> BoilerplateActors()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in SeedCase.All())
        {
            if (seed.Section("events_must_not_find") is not { } rules)
                continue;
            foreach (var rule in rules.EnumerateArray())
            {
                if (rule.TryGetProperty("any_actor_mentioned_only_in", out var names))
                {
                    foreach (var name in names.EnumerateArray())
                        data.Add(seed.Name, name.GetString()!);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredCodes))]
    public void Recognize_SeedBody_MentionsEveryActorOfTheExpectedEvents(string seed, string code)
    {
        var (_, mentions) = Read(seed);
        Assert.Contains(mentions, m => m.Code is not null && m.Code.StartsWith(code, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BoilerplateActors))]
    public void Recognize_SeedBody_HasNoMentionOfBoilerplateActors(string seed, string name)
    {
        var (_, mentions) = Read(seed);
        Assert.DoesNotContain(mentions, m => m.Text == name || m.Actor == name);
    }

    [Fact]
    public void Recognize_SeedBody_SeoulSaidIsTheSouthKoreanGovernment()
    {
        var (analysis, mentions) = Read("000_83bf872edcfce322");
        var at = analysis.Text.IndexOf("Seoul said", StringComparison.Ordinal);
        Assert.True(at >= 0);
        var seoul = Assert.Single(mentions, m => m.Start == at);
        Assert.Equal("KORGOV", seoul.Code);
        var filled = new SourceCoder(Recognizer).Fill(analysis, mentions, new DateOnly(2025, 2, 28));
        Assert.Contains(filled.Attributions, a => a.Source == "Seoul" && a.SourceCode == "KORGOV");
    }

    private static (TextAnalysis Analysis, IReadOnlyList<ActorMention> Mentions) Read(string seed)
    {
        var result = Extractor.Extract(SeedCase.Get(seed).ToSourceDocument());
        Assert.True(result.IsSuccess, result.Error);
        var date = result.Value!.Published?.Date;
        var analysis = Analyzer.Analyse(result.Value.Body, date);
        return (analysis, Recognizer.Recognize(analysis, date));
    }
}
