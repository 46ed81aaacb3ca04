using Chronicle.Events;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Events;

/// <summary>The table-driven suite of news sentences (<c>Cases/events/sentences.tsv</c>, <c>negatives.tsv</c>) run through
/// the full pipeline. The figures are written to <c>events-suite-report.txt</c> beside the test binary.</summary>
public sealed class SentenceSuiteTests
{
    private static readonly Lazy<(SuiteScore Score, int Cases, HashSet<string> Roots)> Positive = new(RunPositive);

    [Fact]
    public void Suite_HasFourHundredSentencesOverAllRoots_AndAHundredNegatives()
    {
        var (_, cases, roots) = Positive.Value;
        Assert.True(cases >= 400, $"{cases} positive sentences");
        Assert.Equal(20, roots.Count);
        Assert.True(CaseFile.Read("events/negatives.tsv").Count() >= 100);
    }

    [Fact]
    public void Suite_PrecisionAndRecall_AreAtLeastThreeQuarters()
    {
        var score = Positive.Value.Score;
        Assert.True(score.Precision >= 0.75 && score.Recall >= 0.75, score.Report("sentences"));
    }

    [Fact]
    public void Negatives_GiveNoHappenedEvent()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var (line, columns) in CaseFile.Read("events/negatives.tsv"))
        {
            count++;
            var happened = Pipelines.Full.Code(new DocumentContext($"n{line}", Pipelines.SuiteDate), columns[1])
                .Where(e => e.Status == EventStatus.Happened).ToList();
            if (happened.Count > 0)
                failures.Add($"line {line} ({columns[0]}): {columns[1]}\n   got {string.Join(" ; ", happened.Select(SuiteScore.Describe))}");
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "events-negatives-report.txt"),
            $"negatives: {count - failures.Count}/{count} without a happened event\n" + string.Join('\n', failures));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static (SuiteScore, int, HashSet<string>) RunPositive()
    {
        var score = new SuiteScore();
        var roots = new HashSet<string>(StringComparer.Ordinal);
        var cases = 0;
        foreach (var (line, columns) in CaseFile.Read("events/sentences.tsv"))
        {
            cases++;
            var expected = ExpectedEvent.ParseAll(columns[0]);
            foreach (var e in expected)
                roots.Add(e.Code[..2]);
            score.Add(line, columns[1], expected, Pipelines.Full.Code(new DocumentContext($"s{line}", Pipelines.SuiteDate), columns[1]));
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "events-suite-report.txt"),
            score.Report("sentences") + "\n" + string.Join('\n', score.Misses));
        return (score, cases, roots);
    }
}
