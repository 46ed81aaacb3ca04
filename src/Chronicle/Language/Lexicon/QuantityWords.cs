using System.Collections.Frozen;

namespace Chronicle.Language.Lexicon;

/// <summary>Units (units.tsv) and approximation cues (approximation-cues.txt) for quantities.</summary>
internal sealed class QuantityWords
{
    public QuantityWords(DataFiles files)
    {
        var after = new Dictionary<string, string>(StringComparer.Ordinal);
        var before = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, columns) in files.Read("units.tsv"))
        {
            if (columns.Length < 3 || columns[2] is not ("after" or "before"))
                throw new FormatException($"units.tsv line {line}: expected word, unit and 'after' or 'before'.");
            (columns[2] == "after" ? after : before).TryAdd(columns[0].ToLowerInvariant(), columns[1]);
        }

        UnitsAfter = after.ToFrozenDictionary(StringComparer.Ordinal);
        UnitsBefore = before.ToFrozenDictionary(StringComparer.Ordinal);
        Cues = files.Read("approximation-cues.txt")
            .Select(row => row.Columns[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OrderByDescending(words => words.Length)
            .ToArray();
    }

    /// <summary>Unit words after a number, to their normalised unit.</summary>
    public FrozenDictionary<string, string> UnitsAfter { get; }

    /// <summary>Currency signs before a number.</summary>
    public FrozenDictionary<string, string> UnitsBefore { get; }

    /// <summary>Approximation cues as word sequences, longest first.</summary>
    public string[][] Cues { get; }
}
