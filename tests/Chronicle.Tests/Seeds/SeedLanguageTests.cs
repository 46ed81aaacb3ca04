using System.Globalization;
using System.Text.Json;
using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Text;
using Chronicle.Language;

namespace Chronicle.Tests.Seeds;

/// <summary>Every item under <c>sentences</c> in each seed's <c>.expected.json</c> (dates, quantities, quotes, sentence
/// splits), one test row per item, checked against the analysis of the body the text extractor gives, anchored at the
/// article's publication date.</summary>
public sealed class SeedLanguageTests
{
    private static readonly TextArticleExtractor Extractor = new(AgencyDetector.Default);
    private static readonly TextAnalyzer Analyzer = new();

    public static TheoryData<string, string, int> Items()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var seed in SeedCase.All())
        {
            if (seed.Section("sentences") is not { } sentences)
                continue;
            foreach (var group in sentences.EnumerateObject())
            {
                if (group.Value.ValueKind != JsonValueKind.Array)
                    continue;
                for (var i = 0; i < group.Value.GetArrayLength(); i++)
                    data.Add(seed.Name, group.Name, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Analyse_SeedBody_HoldsExpectedItem(string seed, string group, int index)
    {
        var seedCase = SeedCase.Get(seed);
        var extracted = Extractor.Extract(seedCase.ToSourceDocument());
        Assert.True(extracted.IsSuccess, extracted.Error);
        var article = extracted.Value!;
        var body = article.Body;
        var analysis = Analyzer.Analyse(body, article.Published?.Date);
        var item = seedCase.Section("sentences")!.Value.GetProperty(group)[index];
        switch (group)
        {
            case "dates":
                CheckDate(analysis, item);
                break;
            case "quantities":
                CheckQuantity(analysis, item);
                break;
            case "quotes":
                CheckQuote(analysis, item);
                break;
            case "must_split_between":
                CheckSplit(analysis, item);
                break;
            default:
                Assert.Fail($"{seed}: no check knows the 'sentences.{group}' expectations");
                break;
        }
    }

    private static (int Start, int End) Find(string body, string phrase)
    {
        var start = body.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{phrase}' is not in the body");
        return (start, start + phrase.Length);
    }

    private static void CheckDate(TextAnalysis analysis, JsonElement item)
    {
        var phrase = item.GetProperty("phrase").GetString()!;
        var (start, end) = Find(analysis.Text, phrase);
        var expected = item.TryGetProperty("resolves_to", out var single)
            ? single.GetString()
            : string.Join('/', item.GetProperty("resolves_to_range").EnumerateArray().Select(e => e.GetString()));
        var found = analysis.Times.Where(t => t.Start < end && t.End > start).ToList();
        Assert.True(found.Any(t => t.Value == expected),
            $"'{phrase}' should resolve to {expected}; found [{string.Join("; ", found.Select(t => $"'{t.Text}' = {t.Value}"))}]");
    }

    private static void CheckQuantity(TextAnalysis analysis, JsonElement item)
    {
        var phrase = item.GetProperty("phrase").GetString()!;
        var (start, end) = Find(analysis.Text, phrase);
        var value = item.GetProperty("value").GetDouble();
        var unit = item.GetProperty("unit").GetString();
        bool? approximate = item.TryGetProperty("approximate", out var a) ? a.GetBoolean() : null;
        var found = analysis.Quantities.Where(q => q.Start < end && q.End > start).ToList();
        Assert.True(found.Any(q => q.Value == value && q.Unit == unit && (approximate is null || q.Approximate == approximate)),
            $"'{phrase}' should be {value.ToString(CultureInfo.InvariantCulture)} {unit} approximate={approximate}; found [{string.Join("; ", found.Select(q => $"'{q.Text}' = {q.Value} {q.Unit} approx={q.Approximate}"))}]");
    }

    /// <summary>The speaker must be the expected name, or — for a description such as "the North Korean leader", which the
    /// actor layer resolves — the description as written.</summary>
    private static void CheckQuote(TextAnalysis analysis, JsonElement item)
    {
        var startsWith = item.GetProperty("starts_with").GetString()!;
        var quote = analysis.Quotes.FirstOrDefault(q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));
        Assert.True(quote is not null, $"no quote starts with '{startsWith}'; found [{string.Join("; ", analysis.Quotes.Select(q => q.Text[..Math.Min(40, q.Text.Length)]))}]");
        if (item.TryGetProperty("speaker", out var speaker))
        {
            var expected = speaker.GetString();
            var description = quote.Speaker is { } s && (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || s.StartsWith("a ", StringComparison.OrdinalIgnoreCase));
            Assert.True(quote.Speaker == expected || description, $"speaker should be {expected}; found {quote.Speaker ?? "null"}");
        }

        if (item.TryGetProperty("via", out var via))
            Assert.Equal(via.GetString(), quote.Via);
    }

    private static void CheckSplit(TextAnalysis analysis, JsonElement item)
    {
        var before = item[0].GetString()!;
        var after = item[1].GetString()!;
        var (_, beforeEnd) = Find(analysis.Text, before);
        var (afterStart, _) = Find(analysis.Text, after);
        Assert.Contains(analysis.Sentences, s => s.End == beforeEnd);
        Assert.Contains(analysis.Sentences, s => s.Start == afterStart);
    }
}
