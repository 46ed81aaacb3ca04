using Chronicle.Language;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Language;

public sealed class SpeechTests
{
    private static readonly TextAnalyzer Analyzer = new();
    private static readonly DateOnly Anchor = new(2025, 2, 28);

    public static TheoryData<int, string[]> Cases => CaseFile.Theory("language/speech.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyse_FindsQuotesSpeakersAndAttributions(int line, string[] columns)
    {
        var text = columns[1];
        var analysis = Analyzer.Analyse(text, Anchor);
        var phrase = columns[2];
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, $"line {line}: phrase not in text");
        var end = start + phrase.Length;
        var quotes = analysis.Quotes.Where(q => q.Start < end && q.End > start).ToList();
        var attributions = analysis.Attributions.Where(a => a.Start < end && a.End > start).ToList();
        var describedQuotes = string.Join("; ", analysis.Quotes.Select(q => $"'{q.Text}' by {q.Speaker ?? "null"} via {q.Via ?? "null"}"));
        var describedAttributions = string.Join("; ", analysis.Attributions.Select(a => $"'{a.Text}' source '{a.Source}'"));
        switch (columns[0])
        {
            case "quote":
                var quote = analysis.Quotes.FirstOrDefault(q => q.Text.StartsWith(phrase, StringComparison.Ordinal));
                Assert.True(quote is not null, $"line {line}: no quote starts with '{phrase}'; found [{describedQuotes}]");
                Assert.True(columns[3] == (quote.Speaker ?? "null") && columns[4] == (quote.Via ?? "null"),
                    $"line {line}: expected speaker {columns[3]} via {columns[4]}; found [{describedQuotes}]");
                break;
            case "noquote":
                Assert.True(quotes.Count == 0, $"line {line}: expected no quote over '{phrase}'; found [{describedQuotes}]");
                break;
            case "attr":
                var attribution = analysis.Attributions.FirstOrDefault(a => a.Text == phrase);
                Assert.True(attribution is not null, $"line {line}: no attribution '{phrase}'; found [{describedAttributions}]");
                Assert.True(columns[3] == attribution.Source, $"line {line}: expected source '{columns[3]}'; found [{describedAttributions}]");
                Assert.Null(attribution.SourceCode);
                Assert.Equal(text[attribution.Start..attribution.End], attribution.Text);
                break;
            case "noattr":
                Assert.True(attributions.Count == 0, $"line {line}: expected no attribution over '{phrase}'; found [{describedAttributions}]");
                break;
            default:
                Assert.Fail($"line {line}: unknown case kind '{columns[0]}'");
                break;
        }
    }
}
