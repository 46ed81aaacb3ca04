using System.Collections.Frozen;

namespace Chronicle.Language.Lexicon;

/// <summary>Reads the language data files: tab-separated columns, '#' comments, keys in lower case.</summary>
internal sealed class DataFiles(Func<string, IEnumerable<(int LineNumber, string Line)>> readDataLines)
{
    public IEnumerable<(int LineNumber, string[] Columns)> Read(string name)
    {
        foreach (var (number, line) in readDataLines("language/" + name))
            yield return (number, line.Split('\t', StringSplitOptions.TrimEntries));
    }

    /// <summary>The first column of every line, lower-cased.</summary>
    public FrozenSet<string> Set(string name) =>
        Read(name).Select(row => row.Columns[0].ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>First column (lower-cased) to a value parsed from the row; the first line for a key wins.</summary>
    public FrozenDictionary<string, T> Map<T>(string name, Func<string[], int, T> value)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (number, columns) in Read(name))
        {
            if (columns.Length < 2)
                throw new FormatException($"{name} line {number}: expected at least two tab-separated columns.");
            map.TryAdd(columns[0].ToLowerInvariant(), value(columns, number));
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
