using System.Globalization;
using Chronicle.Language;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Language;

public sealed class QuantityTests
{
    private static readonly TextAnalyzer Analyzer = new();
    private static readonly DateOnly Anchor = new(2025, 2, 28);

    public static TheoryData<int, string[]> Cases => CaseFile.Theory("language/quantities.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyse_FindsQuantitiesWithUnitsAndApproximation(int line, string[] columns)
    {
        var text = columns[0];
        var phrase = columns[1];
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, $"line {line}: phrase not in sentence");

        var found = Analyzer.Analyse(text, Anchor).Quantities.Where(q => q.Start < start + phrase.Length && q.End > start).ToList();

        var described = string.Join("; ", found.Select(q => $"'{q.Text}' = {q.Value} {q.Unit ?? "null"} approx={q.Approximate} max={q.Max}"));
        if (columns[2] == "-")
        {
            Assert.True(found.Count == 0, $"line {line}: expected no quantity in '{phrase}', found {described}");
            return;
        }

        Assert.True(found.Count == 1, $"line {line}: expected one quantity in '{phrase}', found [{described}]");
        var q = found[0];
        var expectedMax = columns.Length > 5 ? double.Parse(columns[5], CultureInfo.InvariantCulture) : (double?)null;
        Assert.True(
            double.Parse(columns[2], CultureInfo.InvariantCulture) == q.Value && columns[3] == (q.Unit ?? "null")
            && bool.Parse(columns[4]) == q.Approximate && expectedMax == q.Max,
            $"line {line}: '{phrase}' expected {columns[2]} {columns[3]} approx={columns[4]} max={expectedMax}, found {described}");
    }
}
