using Chronicle.Language;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Language;

public sealed class LemmaTests
{
    private static readonly TextAnalyzer Analyzer = new();

    public static TheoryData<int, string[]> Cases => CaseFile.Theory("language/lemmas.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyse_GivesEachWordItsLemma(int line, string[] columns)
    {
        var analysis = Analyzer.Analyse("they " + columns[0], null);
        Assert.True(columns[1] == analysis.Tokens[1].Lemma, $"line {line}: {columns[0]} → expected {columns[1]}, got {analysis.Tokens[1].Lemma}");
    }

    [Fact]
    public void Analyse_LemmatizesACapitalOnlyWhereItOpensTheSentence()
    {
        var analysis = Analyzer.Analyse("Talks stalled, Reuters reported.", null);
        Assert.Equal(["talk", "stall", ",", "reuters", "report", "."], analysis.Tokens.Select(t => t.Lemma));
    }
}
