namespace Chronicle.Extraction.Dates;

/// <summary>Small readers over a span used by the date scanners; each returns the index after what it read, or -1.</summary>
internal static class SpanReader
{
    /// <summary>Reads a run of ASCII digits of the given length range; a longer run is not a match.</summary>
    public static int Number(ReadOnlySpan<char> s, int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var j = i;
        while (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            if (j - i == maxDigits)
                return -1;
            value = value * 10 + (s[j] - '0');
            j++;
        }

        return j - i >= minDigits ? j : -1;
    }

    public static int Spaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
            i++;
        return i;
    }

    /// <summary>Reads a run of letters (any script).</summary>
    public static int Word(ReadOnlySpan<char> s, int i, out ReadOnlySpan<char> word)
    {
        var j = i;
        while (j < s.Length && char.IsLetter(s[j]))
            j++;
        word = s[i..j];
        return j;
    }

    public static bool At(ReadOnlySpan<char> s, int i, char c) => i >= 0 && i < s.Length && s[i] == c;

    public static bool DigitAt(ReadOnlySpan<char> s, int i) => i >= 0 && i < s.Length && char.IsAsciiDigit(s[i]);

    public static bool LetterOrDigitAt(ReadOnlySpan<char> s, int i) => i >= 0 && i < s.Length && char.IsLetterOrDigit(s[i]);

    /// <summary>Skips whitespace and up to two words of the given kind ("de", "of", "at"), returning the index after them.</summary>
    public static int SkipWords(ReadOnlySpan<char> s, int i, DateLexicon lexicon, DateWordKind kind)
    {
        i = Spaces(s, i);
        for (var n = 0; n < 2; n++)
        {
            var end = Word(s, i, out var word);
            if (word.IsEmpty || (lexicon.Word(word) & kind) == 0)
                break;
            if (At(s, end, '.'))
                end++;
            i = Spaces(s, end);
        }

        return i;
    }
}
