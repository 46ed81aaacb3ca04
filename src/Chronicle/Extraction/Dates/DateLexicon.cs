using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Extraction.Dates;

/// <summary>The words of printed dates — month names, time-zone abbreviations, fillers — loaded once from the data files in
/// <c>Resources/extraction/dates</c> and frozen, so lookups by span allocate nothing.</summary>
internal sealed class DateLexicon
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> months;
    private readonly FrozenDictionary<string, TimeSpan>.AlternateLookup<ReadOnlySpan<char>> zones;
    private readonly FrozenDictionary<string, DateWordKind>.AlternateLookup<ReadOnlySpan<char>> words;

    public static DateLexicon Default { get; } = Load();

    private DateLexicon(Dictionary<string, int> months, Dictionary<string, TimeSpan> zones, Dictionary<string, DateWordKind> words)
    {
        this.months = months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        // Zones are case-sensitive: "ist" or "est" in running text are words, "IST" and "EST" are zones.
        this.zones = zones.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The month (1–12) a name or abbreviation stands for, or 0.</summary>
    public int Month(ReadOnlySpan<char> word) => months.TryGetValue(word, out var month) ? month : 0;

    public bool TryZone(ReadOnlySpan<char> abbreviation, out TimeSpan offset) => zones.TryGetValue(abbreviation, out offset);

    public DateWordKind Word(ReadOnlySpan<char> word) => words.TryGetValue(word, out var kind) ? kind : DateWordKind.None;

    private static DateLexicon Load()
    {
        const string folder = "extraction/dates/";
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, line) in EmbeddedResources.ReadDataLines(folder + "months.tsv"))
        {
            var cells = Cells(line, 2, "months.tsv", number);
            months[cells[0]] = int.Parse(cells[1], CultureInfo.InvariantCulture);
        }

        var zones = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var (number, line) in EmbeddedResources.ReadDataLines(folder + "zones.tsv"))
        {
            var cells = Cells(line, 2, "zones.tsv", number);
            var sign = cells[1][0] == '-' ? -1 : 1;
            zones[cells[0]] = sign * TimeSpan.ParseExact(cells[1].AsSpan(1), @"hh\:mm", CultureInfo.InvariantCulture);
        }

        var words = new Dictionary<string, DateWordKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, line) in EmbeddedResources.ReadDataLines(folder + "date-words.tsv"))
        {
            var cells = Cells(line, 2, "date-words.tsv", number);
            var kind = Enum.Parse<DateWordKind>(cells[1], ignoreCase: true);
            words[cells[0]] = words.GetValueOrDefault(cells[0]) | kind;
        }

        return new DateLexicon(months, zones, words);
    }

    private static string[] Cells(string line, int minimum, string file, int number)
    {
        var cells = line.Split('\t');
        return cells.Length >= minimum
            ? cells
            : throw new InvalidDataException($"{file} line {number}: expected {minimum} tab-separated columns.");
    }
}
