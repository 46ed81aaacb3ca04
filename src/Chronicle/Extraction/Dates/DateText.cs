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
                range = i..end;
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
