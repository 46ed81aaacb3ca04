namespace Chronicle.Events.Patterns;

/// <summary>Reads Chronicle's pattern format (<c>events/patterns.tsv</c>, documented at its top).</summary>
public static class PatternFileReader
{
    public static PatternDefinitions Read(IEnumerable<(int LineNumber, string Line)> lines, PatternDefinitions? into = null)
    {
        var definitions = into ?? new PatternDefinitions();
        foreach (var (number, line) in lines)
        {
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "verb" when cells.Length >= 3:
                    foreach (var form in cells[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
                        definitions.Forms[form.ToLowerInvariant()] = cells[1].ToLowerInvariant();
                    break;
                case "set" when cells.Length >= 3:
                    definitions.Sets[cells[1].ToLowerInvariant()] =
                        cells[2].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(PatternSyntax.Words).ToList();
                    break;
                case "rule" or "noun" when cells.Length >= 4:
                    AddPattern(definitions, number, cells, nominal: cells[0] == "noun");
                    break;
                case "mutual" when cells.Length >= 2:
                    definitions.MutualPrefixes.AddRange(cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                default:
                    throw new FormatException($"patterns line {number}: unknown or incomplete line '{line}'.");
            }
        }

        return definitions;
    }

    private static void AddPattern(PatternDefinitions definitions, int number, string[] cells, bool nominal)
    {
        var words = cells[3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var implicitTarget = words[^1] == "~";
        if (implicitTarget)
            words = words[..^1];
        var elements = new List<PatternElement>(words.Length);
        foreach (var word in words.Skip(1))
        {
            var element = PatternSyntax.Parse(word, definitions.Sets, out var error)
                ?? throw new FormatException($"patterns line {number}: {error ?? "empty element"}.");
            elements.Add(element);
        }

        EventStatus? status = null;
        if (cells.Length > 4 && cells[4].StartsWith("status=", StringComparison.Ordinal))
            status = StatusNames.Parse(cells[4]["status=".Length..]);
        definitions.Patterns.Add(new VerbPattern(cells[1], cells[2], words[0].ToLowerInvariant(), elements, nominal,
            implicitTarget, status, definitions.Patterns.Count));
    }
}
