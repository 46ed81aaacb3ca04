namespace Chronicle.Extraction.Dates;

/// <summary>Reads publication dates printed as free text: timestamp lines (<c>Updated on: Feb 28, 2025 10:51 AM IST</c>,
/// <c>Wednesday, September 3, 2025</c>) and dates inside longer lines. Month names come from <c>months.tsv</c>, zones from
/// <c>zones.tsv</c>. A time zone gives the offset; without one the offset stays unknown. Thread-safe; allocates nothing.</summary>
public static class DateText
{
    /// <summary>Longest label tolerated around the date of a timestamp line ("Updated on:", "Wednesday,", "| 5 min read" has digits and fails).</summary>
    private const int MaxLabelLength = 48;

    /// <summary>Parses a timestamp line or phrase: one date, with at most a short label and no other numbers around it.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PublicationDate date) =>
        TryParse(text, NumericDateOrder.BySeparator, out date);

    public static bool TryParse(ReadOnlySpan<char> text, NumericDateOrder order, out PublicationDate date)
    {
        if (!TryFind(text, order, out date, out var range))
            return false;
        var (offset, length) = range.GetOffsetAndLength(text.Length);
        var before = text[..offset];
        var after = text[(offset + length)..];
        if (before.Length + after.Length <= MaxLabelLength && !ContainsDigit(before) && !ContainsDigit(after))
            return true;
        date = default;
        return false;
    }

    /// <summary>Finds the first date inside a longer text; <paramref name="range"/> is where it was printed.</summary>
    public static bool TryFind(ReadOnlySpan<char> text, out PublicationDate date, out Range range) =>
        TryFind(text, NumericDateOrder.BySeparator, out date, out range);

    public static bool TryFind(ReadOnlySpan<char> text, NumericDateOrder order, out PublicationDate date, out Range range)
    {
        var lexicon = DateLexicon.Default;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
                continue;
            if (!IsTokenStart(text, i))
                continue;
            if (DateScanner.TryMatchAt(text, i, lexicon, order, out date, out var end))
            {
                var start = date.Time is null ? TimeBefore(text, i, lexicon, ref date) : i;
                range = start..end;
                return true;
            }

            // Skip the rest of this token: a date never starts inside a word or a number.
            while (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 1]) == char.IsAsciiDigit(c))
                i++;
        }

        date = default;
        range = default;
        return false;
    }

    /// <summary>How far before a date a time printed first may start ("9:45 AM EST, Mon " is 16 characters).</summary>
    private const int MaxTimeBefore = 32;

    /// <summary>A time printed before its date, "Updated 9:45 AM EST, Mon March 10, 2025" or "14:39 Uhr, 28. Februar 2025",
    /// joins the date; returns where the time starts, or the date's start when there is none. Between the time and the date
    /// stand only separators, a clock word ("Uhr") and a weekday.</summary>
    private static int TimeBefore(ReadOnlySpan<char> text, int dateStart, DateLexicon lexicon, ref PublicationDate date)
    {
        var gapStart = SkipBack(text, dateStart);
        var wordStart = gapStart;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            wordStart--;
        if (wordStart < gapStart && (lexicon.Word(text[wordStart..gapStart]) & DateWordKind.Weekday) != 0)
            gapStart = SkipBack(text, wordStart);
        for (var p = Math.Max(0, gapStart - MaxTimeBefore); p < gapStart; p++)
        {
            if (!char.IsAsciiDigit(text[p]) || (p > 0 && (char.IsLetterOrDigit(text[p - 1]) || text[p - 1] is ':' or '.' or '/' or '-')))
                continue;
            var end = ClockScanner.Read(text, p, lexicon, out var time, out var offset);
            if (time is not null && end <= gapStart && SpanReader.SkipWords(text, end, lexicon, DateWordKind.Clock) >= gapStart)
            {
                date = date with { Time = time, Offset = offset };
                return p;
            }
        }

        return dateStart;
    }

    /// <summary>Steps back over the spaces and punctuation that separate a time from its date.</summary>
    private static int SkipBack(ReadOnlySpan<char> text, int i)
    {
        while (i > 0 && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ',' or '|' or '-' or '–' or '—' or '·' or '•' or '/'))
            i--;
        return i;
    }

    /// <summary>A date starts a token: not glued to a letter or digit, and not inside a number such as <c>1.28.02.2025</c> or <c>v2/03/2025</c>.</summary>
    private static bool IsTokenStart(ReadOnlySpan<char> text, int i)
    {
        if (i == 0)
            return true;
        var previous = text[i - 1];
        if (char.IsLetterOrDigit(previous))
            return false;
        return !(previous is '.' or ',' or '/' or ':' or '-' or '+' && i >= 2 && char.IsLetterOrDigit(text[i - 2]));
    }

    private static bool ContainsDigit(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0;
}
