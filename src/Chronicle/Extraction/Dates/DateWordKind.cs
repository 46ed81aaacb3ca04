namespace Chronicle.Extraction.Dates;

/// <summary>What a small word does inside a printed date (see <c>date-words.tsv</c>); a word may have several roles ("am").</summary>
[Flags]
internal enum DateWordKind
{
    None = 0,
    Filler = 1,
    Ordinal = 2,
    Am = 4,
    Pm = 8,
    Year = 16,
    Clock = 32,
    Weekday = 64,
}
