namespace Chronicle.Extraction.Dates;

using static SpanReader;

/// <summary>Recognises one printed date starting exactly at an index: ISO and year-first (<c>2025-02-28</c>, <c>2025. 2. 28.</c>,
/// <c>2025年2月28日</c>), numeric day/month (<c>28/02/2025</c>, <c>28.02.2025</c>), day-first text (<c>28 February 2025</c>,
/// <c>28. Februar 2025</c>, <c>28 de febrero de 2025</c>) and month-first text (<c>Feb 28, 2025</c>), each with an optional
/// time and zone. Years must have four digits: two-digit years are too ambiguous to trust.</summary>
internal static class DateScanner
{
    public static bool TryMatchAt(ReadOnlySpan<char> s, int start, DateLexicon lexicon, NumericDateOrder order, out PublicationDate date, out int end)
    {
        date = default;
        end = -1;
        DateOnly day;
        int j;
        if (char.IsAsciiDigit(s[start]))
        {
            var afterFirst = Number(s, start, 1, 4, out var first);
            if (afterFirst < 0)
                return false;
            j = afterFirst - start == 4
                ? YearFirst(s, afterFirst, first, out day)
                : DayFirst(s, afterFirst, first, lexicon, order, out day);
        }
        else
        {
            j = MonthFirst(s, start, lexicon, out day);
        }

        if (j < 0)
            return false;
        end = ClockScanner.Read(s, j, lexicon, out var time, out var offset);
        date = new PublicationDate(day, time, time is null ? null : offset);
        return true;
    }

    private static int YearFirst(ReadOnlySpan<char> s, int i, int year, out DateOnly day)
    {
        day = default;
        if (i >= s.Length)
            return -1;
        var sep = s[i];
        if (sep is '-' or '/' or '.')
        {
            var j = Number(s, SpacesAfter(s, i + 1, sep), 1, 2, out var month);
            if (j < 0 || !At(s, j, sep))
                return -1;
            j = Number(s, SpacesAfter(s, j + 1, sep), 1, 2, out var dayOfMonth);
            if (j < 0 || !TryDate(year, month, dayOfMonth, out day))
                return -1;
            // "2025. 2. 28." closes with a dot; "2025-02-28.html" or "2025.02.28.1" must not read on.
            return sep == '.' && At(s, j, '.') && !DigitAt(s, j + 1) ? j + 1 : j;
        }

        return Cjk(s, i, year, out day);
    }

    /// <summary>Korean, Chinese and Japanese dates: <c>2025年2月28日</c>, <c>2025년 2월 28일</c>.</summary>
    private static int Cjk(ReadOnlySpan<char> s, int i, int year, out DateOnly day)
    {
        day = default;
        var j = Spaces(s, i);
        if (!(At(s, j, '年') || At(s, j, '년')))
            return -1;
        j = Number(s, Spaces(s, j + 1), 1, 2, out var month);
        if (j < 0 || !(At(s, j, '月') || At(s, j, '월')))
            return -1;
        j = Number(s, Spaces(s, j + 1), 1, 2, out var dayOfMonth);
        if (j < 0 || !(At(s, j, '日') || At(s, j, '일')) || !TryDate(year, month, dayOfMonth, out day))
            return -1;
        return j + 1;
    }

    private static int DayFirst(ReadOnlySpan<char> s, int i, int first, DateLexicon lexicon, NumericDateOrder order, out DateOnly day)
    {
        day = default;
        if (i < s.Length && s[i] is '/' or '.' or '-' && DigitAt(s, SpacesAfter(s, i + 1, s[i])))
            return Numeric(s, i, first, order, out day);

        // "3rd", "1er", "28." then fillers ("de", "of") and the month name.
        var j = Word(s, i, out var suffix);
        if (!suffix.IsEmpty && (lexicon.Word(suffix) & DateWordKind.Ordinal) == 0)
            return -1;
        if (At(s, j, '.'))
            j++;
        j = SkipWords(s, j, lexicon, DateWordKind.Filler);
        j = Word(s, j, out var name);
        var month = lexicon.Month(name);
        if (month == 0)
            return -1;
        if (At(s, j, '.'))
            j++;
        if (At(s, j, ','))
            j++;
        j = SkipWords(s, j, lexicon, DateWordKind.Filler);
        return Year(s, j, lexicon, month, first, out day);
    }

    private static int MonthFirst(ReadOnlySpan<char> s, int i, DateLexicon lexicon, out DateOnly day)
    {
        day = default;
        var j = Word(s, i, out var name);
        var month = lexicon.Month(name);
        if (month == 0)
            return -1;
        if (At(s, j, '.'))
            j++;
        j = Number(s, Spaces(s, j), 1, 2, out var dayOfMonth);
        if (j < 0)
            return -1;
        j = Word(s, j, out var suffix);
        if (!suffix.IsEmpty && (lexicon.Word(suffix) & DateWordKind.Ordinal) == 0)
            return -1;
        if (At(s, j, ','))
            j++;
        return Year(s, Spaces(s, j), lexicon, month, dayOfMonth, out day);
    }

    private static int Year(ReadOnlySpan<char> s, int i, DateLexicon lexicon, int month, int dayOfMonth, out DateOnly day)
    {
        day = default;
        var j = Number(s, i, 4, 4, out var year);
        if (j < 0 || !TryDate(year, month, dayOfMonth, out day))
            return -1;
        var afterWord = Word(s, Spaces(s, j), out var word);
        if (!word.IsEmpty && (lexicon.Word(word) & DateWordKind.Year) != 0)
            return At(s, afterWord, '.') ? afterWord + 1 : afterWord;
        return j;
    }

    /// <summary>All-numeric day and month with a four-digit year: <c>28/02/2025</c>, <c>02/28/2025</c>, <c>28.02.2025</c>.</summary>
    private static int Numeric(ReadOnlySpan<char> s, int i, int first, NumericDateOrder order, out DateOnly day)
    {
        day = default;
        var sep = s[i];
        var j = Number(s, SpacesAfter(s, i + 1, sep), 1, 2, out var second);
        if (j < 0 || !At(s, j, sep))
            return -1;
        j = Number(s, SpacesAfter(s, j + 1, sep), 4, 4, out var year);
        if (j < 0 || (At(s, j, sep) && DigitAt(s, j + 1)))
            return -1;
        var monthFirst = first > 12 ? false
            : second > 12 ? true
            : order == NumericDateOrder.MonthFirst || (order == NumericDateOrder.BySeparator && sep == '/');
        var (month, dayOfMonth) = monthFirst ? (first, second) : (second, first);
        return TryDate(year, month, dayOfMonth, out day) ? j : -1;
    }

    /// <summary>Spaces are allowed after a dot ("28. 02. 2025", "2025. 2. 28.") but not after slashes or dashes.</summary>
    private static int SpacesAfter(ReadOnlySpan<char> s, int i, char separator) => separator == '.' ? Spaces(s, i) : i;

    private static bool TryDate(int year, int month, int dayOfMonth, out DateOnly day)
    {
        day = default;
        if (year is < 1000 or > 2999 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            return false;
        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }
}
