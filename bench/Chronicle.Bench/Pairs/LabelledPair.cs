namespace Chronicle.Bench.Pairs;

/// <summary>One labelled article pair of <c>pairs.tsv</c>: paths relative to the set's folder, and the two decisions.</summary>
public sealed record LabelledPair(int Line, string A, string B, bool SameOrigin, bool SameEvent, string Note)
{
    /// <summary>Reads <c>a, b, same_origin, same_event, note</c> lines (tab-separated; <c>#</c> comments and the header are skipped).</summary>
    public static IReadOnlyList<LabelledPair> Read(string path)
    {
        var pairs = new List<LabelledPair>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("a\tb\t", StringComparison.Ordinal))
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 4)
                throw new FormatException($"{path}:{number}: expected a, b, same_origin, same_event[, note] separated by tabs.");
            pairs.Add(new LabelledPair(number, fields[0], fields[1], Flag(fields[2], path, number), Flag(fields[3], path, number),
                fields.Length > 4 ? fields[4] : ""));
        }

        return pairs;
    }

    private static bool Flag(string value, string path, int line) => value switch
    {
        "1" => true,
        "0" => false,
        _ => throw new FormatException($"{path}:{line}: a label must be 0 or 1, not '{value}'."),
    };
}
