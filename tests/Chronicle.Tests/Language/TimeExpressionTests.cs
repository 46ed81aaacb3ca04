using System.Globalization;
using Chronicle.Language;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Language;

public sealed class TimeExpressionTests
{
    private static readonly TextAnalyzer Analyzer = new();

    public static TheoryData<int, string[]> Cases => CaseFile.Theory("language/times.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyse_ResolvesTimeExpressionsAgainstTheAnchor(int line, string[] columns)
    {
        var anchor = DateOnly.ParseExact(columns[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = columns[1];
        var phrase = columns[2];
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, $"line {line}: phrase not in sentence");

        var found = Analyzer.Analyse(text, anchor).Times.Where(t => t.Start < start + phrase.Length && t.End > start).ToList();

        var described = string.Join("; ", found.Select(t => $"'{t.Text}' = {t.Value} ({t.Grain})"));
        if (columns[3] == "-")
        {
            Assert.True(found.Count == 0, $"line {line}: expected no time in '{phrase}', found {described}");
            return;
        }

        Assert.True(found.Count == 1, $"line {line}: expected one time in '{phrase}', found [{described}]");
        Assert.True(columns[3] == found[0].Value && columns[4] == found[0].Grain.ToString().ToLowerInvariant(),
            $"line {line}: '{phrase}' expected {columns[3]} ({columns[4]}), found {described}");
    }

    [Fact]
    public void Analyse_WithoutAnchor_KeepsOnlyTimesThatNameTheirYear()
    {
        var times = Analyzer.Analyse("Kim met Putin on Wednesday, and they signed a pact in June 2024.", null).Times;
        Assert.Equal(["2024-06"], times.Select(t => t.Value));
    }
}
