using Chronicle.Events;

namespace Chronicle.Tests.Events;

/// <summary>Scores coded events against expected ones the way the held-out set is scored: an event is found when its
/// source, target and CAMEO root match (actor codes by prefix: RUS matches RUSGOV).</summary>
internal sealed class SuiteScore
{
    public int Expected { get; private set; }
    public int Predicted { get; private set; }
    public int Matched { get; private set; }
    public List<string> Misses { get; } = [];

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Expected == 0 ? 0 : (double)Matched / Expected;

    public void Add(int line, string text, IReadOnlyList<ExpectedEvent> expected, IReadOnlyList<CodedEvent> coded)
    {
        Expected += expected.Count;
        Predicted += coded.Count;
        var used = new bool[coded.Count];
        foreach (var want in expected)
        {
            var hit = -1;
            for (var i = 0; i < coded.Count && hit < 0; i++)
            {
                if (!used[i] && want.Matches(coded[i]))
                    hit = i;
            }

            if (hit >= 0)
                used[hit] = true;
        }

        Matched += used.Count(u => u);
        if (used.Count(u => u) < expected.Count || coded.Count > used.Count(u => u))
        {
            Misses.Add($"line {line}: {text}\n   want {string.Join(" ; ", expected)}\n   got  {string.Join(" ; ", coded.Select(Describe))}");
        }
    }

    public static string Describe(CodedEvent e) =>
        $"{e.Source ?? e.SourceName}>{e.Target ?? e.TargetName ?? "-"}:{e.Cameo.Code} [{e.Rule}, {StatusNames.Name(e.Status)}]";

    public string Report(string title) =>
        $"{title}: expected {Expected}, predicted {Predicted}, matched {Matched}, precision {Precision:0.000}, recall {Recall:0.000}";
}

/// <summary>One expected event of a case line: <c>SOURCE&gt;TARGET:CODE</c>, TARGET <c>-</c> for none.</summary>
internal sealed record ExpectedEvent(string Source, string? Target, string Code)
{
    public static IReadOnlyList<ExpectedEvent> ParseAll(string column) =>
        column.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToArray();

    private static ExpectedEvent Parse(string item)
    {
        var arrow = item.IndexOf('>');
        var colon = item.LastIndexOf(':');
        var target = item[(arrow + 1)..colon];
        return new ExpectedEvent(item[..arrow], target == "-" ? null : target, item[(colon + 1)..]);
    }

    public bool Matches(CodedEvent e) =>
        e.Cameo.Root == Code[..2] && Prefix(e.Source, Source) && (Target is null ? e.Target is null : Prefix(e.Target, Target));

    private static bool Prefix(string? code, string expected) => code is not null && code.StartsWith(expected, StringComparison.Ordinal);

    public override string ToString() => $"{Source}>{Target ?? "-"}:{Code}";
}
