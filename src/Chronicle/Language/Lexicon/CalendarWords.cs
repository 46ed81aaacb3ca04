using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Language.Lexicon;

/// <summary>Month, weekday, season and time-zone names from the calendar data files.</summary>
internal sealed class CalendarWords
{
    public CalendarWords(DataFiles files)
    {
        Months = files.Map("months.tsv", (c, line) => Number(c[1], 1, 12, "months.tsv", line));
        Weekdays = files.Map("weekdays.tsv", (c, line) => Number(c[1], 1, 7, "weekdays.tsv", line));
        WeekdayAbbreviations = files.Map("weekday-abbreviations.tsv", (c, line) => Number(c[1], 1, 7, "weekday-abbreviations.tsv", line));
        Seasons = files.Map("seasons.tsv", (c, line) => (Number(c[1], 1, 12, "seasons.tsv", line), Number(c[2], 1, 12, "seasons.tsv", line)));
        var zones = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var (line, columns) in files.Read("time-zones.tsv"))
        {
            var offset = columns.Length > 1 && columns[1].Length == 6
                ? TimeSpan.ParseExact(columns[1][1..], @"hh\:mm", CultureInfo.InvariantCulture)
                : throw new FormatException($"time-zones.tsv line {line}: expected an offset such as +05:30.");
            zones.TryAdd(columns[0], columns[1][0] == '-' ? -offset : offset);
        }

        Zones = zones.ToFrozenDictionary(StringComparer.Ordinal);
        TenseCues = files.Map("tense-cues.tsv", (c, line) => c[1] switch
        {
            "future" => Tense.Future,
            "past" => Tense.Past,
            "present" => Tense.Present,
            "auxiliary" => Tense.None,
            _ => throw new FormatException($"tense-cues.tsv line {line}: unknown tense '{c[1]}'."),
        });
        EventNouns = files.Set("event-nouns.txt");
    }

    /// <summary>Words that set a clause's tense; <see cref="Tense.None"/> marks auxiliaries that defer to a word before them.</summary>
    public FrozenDictionary<string, Tense> TenseCues { get; }

    /// <summary>Nouns whose age dates a start (<c>the three-year-old war</c>).</summary>
    public FrozenSet<string> EventNouns { get; }

    /// <summary>Month names and abbreviations (lower case) to 1–12.</summary>
    public FrozenDictionary<string, int> Months { get; }

    /// <summary>Weekday names (lower case) to ISO day numbers, Monday = 1.</summary>
    public FrozenDictionary<string, int> Weekdays { get; }

    public FrozenDictionary<string, int> WeekdayAbbreviations { get; }

    /// <summary>Season names to their first and last month.</summary>
    public FrozenDictionary<string, (int First, int Last)> Seasons { get; }

    /// <summary>Zone abbreviations as written (upper case) to UTC offsets.</summary>
    public FrozenDictionary<string, TimeSpan> Zones { get; }

    private static int Number(string text, int min, int max, string file, int line) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"{file} line {line}: expected a number from {min} to {max}.");
}
