namespace Chronicle.Extraction.Dates;

using static SpanReader;

/// <summary>Reads the time of day and time zone that may follow a date: <c>10:51 AM IST</c>, <c>T14:39:00.000+05:30</c>,
/// <c>14h39</c>, <c>14:39 Uhr MESZ</c>, <c>14:39 GMT+9</c>. The offset is set only when a zone is printed, never guessed.</summary>
internal static class ClockScanner
{
    /// <summary>Longest stretch of separators tolerated between a date and its time (", at", " | ", " - ").</summary>
    private const int MaxGap = 6;

    public static int Read(ReadOnlySpan<char> s, int i, DateLexicon lexicon, out TimeOnly? time, out TimeSpan? offset)
    {
        time = null;
        offset = null;
        var j = i;
        if (At(s, j, 'T') && DigitAt(s, j + 1))
            j++;
        else
        {
            while (j < s.Length && j - i < MaxGap && (char.IsWhiteSpace(s[j]) || s[j] is ',' or '|' or '-' or '–' or '—' or '·' or '•' or '@'))
                j++;
            j = SkipWords(s, j, lexicon, DateWordKind.Filler);
        }

        j = Number(s, j, 1, 2, out var hour);
        if (j < 0 || !(At(s, j, ':') || At(s, j, 'h')) || !DigitAt(s, j + 1))
            return i;
        j = Number(s, j + 1, 2, 2, out var minute);
        if (j < 0)
            return i;
        var second = 0;
        if (At(s, j, ':') && DigitAt(s, j + 1))
        {
            j = Number(s, j + 1, 2, 2, out second);
            if (j < 0)
                return i;
            if ((At(s, j, '.') || At(s, j, ',')) && DigitAt(s, j + 1))
            {
                j++;
                while (DigitAt(s, j))
                    j++;
            }
            else if (At(s, j, ':') && Number(s, j + 1, 3, 9, out _) is var afterMilliseconds and > 0)
            {
                // "22:06:08:684Z": milliseconds after a colon, a slip some CMS templates make.
                j = afterMilliseconds;
            }
        }

        if (DigitAt(s, j))
            return i;
        var afterMeridiem = Meridiem(s, j, lexicon, ref hour);
        if (afterMeridiem < 0 || hour > 23 || minute > 59 || second > 59)
            return i;
        j = afterMeridiem;
        time = new TimeOnly(hour, minute, second);
        return Zone(s, j, lexicon, ref offset);
    }

    /// <summary>Applies "AM"/"p.m." to the hour; returns -1 when the hour cannot be on a 12-hour clock.</summary>
    private static int Meridiem(ReadOnlySpan<char> s, int i, DateLexicon lexicon, ref int hour)
    {
        var j = Spaces(s, i);
        Span<char> letters = stackalloc char[4];
        var count = 0;
        var k = j;
        while (k < s.Length && count < letters.Length && (char.IsLetter(s[k]) || (s[k] == '.' && count > 0)))
        {
            if (s[k] != '.')
                letters[count++] = s[k];
            k++;
        }

        if (LetterOrDigitAt(s, k) || count == 0)
            return i;
        var kind = lexicon.Word(letters[..count]);
        if ((kind & (DateWordKind.Am | DateWordKind.Pm)) == 0)
            return i;
        if (hour is 0 or > 12)
            return -1;
        hour = (kind & DateWordKind.Pm) != 0 ? (hour % 12) + 12 : hour % 12;
        return k;
    }

    private static int Zone(ReadOnlySpan<char> s, int i, DateLexicon lexicon, ref TimeSpan? offset)
    {
        if (At(s, i, 'Z') && !LetterOrDigitAt(s, i + 1))
        {
            offset = TimeSpan.Zero;
            return i + 1;
        }

        var j = Spaces(s, i);
        if (NumericOffset(s, j, requireMinutes: true, out var numeric) is var afterNumeric and > 0)
        {
            offset = numeric;
            return afterNumeric;
        }

        var end = Word(s, j, out var word);
        if ((lexicon.Word(word) & DateWordKind.Clock) != 0)
        {
            j = Spaces(s, end + (At(s, end, '.') ? 1 : 0));
            end = Word(s, j, out word);
        }

        var parenthesised = At(s, j, '(');
        if (parenthesised)
            end = Word(s, j + 1, out word);
        if (word.IsEmpty || !lexicon.TryZone(word, out var zone))
            return i;
        offset = zone;
        if (zone == TimeSpan.Zero && NumericOffset(s, end, requireMinutes: false, out numeric) is var afterShift and > 0)
        {
            // "GMT+9", "UTC-05:00": the abbreviation names the reference, the number the offset.
            offset = numeric;
            end = afterShift;
        }

        if (parenthesised)
            end = At(s, end, ')') ? end + 1 : end;
        return end;
    }

    /// <summary>Reads <c>+0530</c>, <c>+05:30</c>, <c>-05</c> (the last only when <paramref name="requireMinutes"/> is false).</summary>
    private static int NumericOffset(ReadOnlySpan<char> s, int i, bool requireMinutes, out TimeSpan offset)
    {
        offset = default;
        if (!(At(s, i, '+') || At(s, i, '-') || At(s, i, '−')) || !DigitAt(s, i + 1))
            return -1;
        var sign = s[i] == '+' ? 1 : -1;
        var j = Number(s, i + 1, 1, 4, out var value);
        if (j < 0)
            return -1;
        int hours, minutes = 0;
        var digits = j - i - 1;
        if (digits == 4)
            (hours, minutes) = (value / 100, value % 100);
        else if (At(s, j, ':') && digits <= 2 && Number(s, j + 1, 2, 2, out minutes) is var afterMinutes and > 0)
        {
            hours = value;
            j = afterMinutes;
        }
        else if (!requireMinutes && digits <= 2)
            hours = value;
        else
            return -1;

        if (hours > 14 || minutes > 59 || LetterOrDigitAt(s, j))
            return -1;
        offset = sign * new TimeSpan(hours, minutes, 0);
        return j;
    }
}
