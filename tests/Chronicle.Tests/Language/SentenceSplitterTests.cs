using Chronicle.Language;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Language;

public sealed class SentenceSplitterTests
{
    private static readonly TextAnalyzer Analyzer = new();

    public static TheoryData<int, string[]> Cases => CaseFile.Theory("language/sentences.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyse_SplitsSentencesWhereMarked(int line, string[] columns)
    {
        var marked = columns[0];
        var expected = marked.Split('¦').Select(s => s.Trim()).ToArray();
        var text = marked.Replace("¦", "", StringComparison.Ordinal);

        var analysis = Analyzer.Analyse(text, null);

        var actual = analysis.Sentences.Select(s => s.TextIn(text)).ToArray();
        Assert.True(expected.SequenceEqual(actual), $"line {line}: expected [{string.Join(" | ", expected)}] but got [{string.Join(" | ", actual)}]");
    }

    [Fact]
    public void Analyse_SentenceTokensCoverTheSentenceSpan()
    {
        const string text = "Putin met Kim in Beijing. The talks lasted two hours.\n\nKim left.";
        var analysis = Analyzer.Analyse(text, null);
        Assert.Equal(3, analysis.Sentences.Count);
        foreach (var sentence in analysis.Sentences)
        {
            Assert.Equal(sentence.Start, analysis.Tokens[sentence.FirstToken].Start);
            Assert.Equal(sentence.End, analysis.Tokens[sentence.FirstToken + sentence.TokenCount - 1].End);
        }
    }
}
