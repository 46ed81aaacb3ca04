namespace Chronicle.Language.Times;

/// <summary>Dates written out: <c>Feb 28, 2025</c>, <c>28 February 2025</c>, <c>2025-02-28</c>, <c>02/28/2025</c>,
/// <c>September 3</c>, <c>June 2024</c>, <c>in June</c>, <c>since 2023</c>, <c>the 1950-53 war</c>, <c>the 1990s</c>.
/// Dates without a year take the year the clause's tense points to.</summary>
internal static class AbsoluteDateMatcher
{
    public static TimeMatch? Match(in TimeScan s, int i)
    {
        if (s.Year(i) is { } year)
            return IsoDate(s, i, year) ?? YearRange(s, i, year) ?? Decade(s, i, year) ?? LoneYear(s, i, year);
        if (s.Integer(i, 2) is not null)
            return SlashDate(s, i) ?? DayFirst(s, i);
        if (s.Weekday(i) is not null || (s.IsCapital(i) && s.Calendar.WeekdayAbbreviations.ContainsKey(s.Norm(i))))
            return WithWeekday(s, i);
        return MonthFirst(s, i);
    }

    /// <summary><c>Wednesday, September 3, 2025</c>: a weekday before a date belongs to it.</summary>
    private static TimeMatch? WithWeekday(in TimeScan s, int i)
    {
        var j = i + 1;
        if (s.Norm(j) == "." && s.Glued(i))
            j++;
        if (s.Norm(j) == ",")
            j++;
        var date = MonthFirst(s, j) ?? (s.Integer(j, 2) is not null ? DayFirst(s, j) : null);
        return date is { Grain: TimeGrain.Day } d ? d with { First = i } : null;
    }

    private static TimeMatch? MonthFirst(in TimeScan s, int i)
    {
        if (s.Month(i) is not (var month, var last))
            return null;
        var j = last + 1;
        if (s.Integer(j, 2) is { } day && day is >= 1 and <= 31 && !IsUnitAfter(s, j))
        {
            var end = SkipOrdinalSuffix(s, j);
            var k = s.Norm(end + 1) == "," ? end + 2 : end + 1;
            if (s.Year(k) is { } y)
                return Day(y, month, day, i, k);
            return Day(s.Anchor.Year, month, day, i, end) is not null
                ? Day(IsoCalendar.InferYear(s.Anchor, s.TenseAround(i, end), month, day), month, day, i, end)
                : null;
        }

        var yearAt = s.Norm(j) == "," ? j + 1 : j;
        if (s.Year(yearAt) is { } year)
            return new TimeMatch(i, yearAt, IsoCalendar.Month(year, month), TimeGrain.Month);
        if (s.Norm(j) == "of" && s.Year(j + 1) is { } ofYear)
            return new TimeMatch(i, j + 1, IsoCalendar.Month(ofYear, month), TimeGrain.Month);
        if (!IsMonthCue(s.Norm(i - 1)))
            return null;
        var inferred = IsoCalendar.InferYear(s.Anchor, s.TenseAround(i, last), month, null);
        return new TimeMatch(i, last, IsoCalendar.Month(inferred, month), TimeGrain.Month);
    }

    /// <summary><c>28 February 2025</c>, <c>3rd of September</c>.</summary>
    private static TimeMatch? DayFirst(in TimeScan s, int i)
    {
        if (s.Integer(i, 2) is not { } day || day is < 1 or > 31)
            return null;
        var j = SkipOrdinalSuffix(s, i) + 1;
        if (s.Norm(j) == "of")
            j++;
        if (s.Month(j) is not (var month, var last))
            return null;
        if (s.Year(last + 1) is { } year)
            return Day(year, month, day, i, last + 1);
        return Day(s.Anchor.Year, month, day, i, last) is null
            ? null
            : Day(IsoCalendar.InferYear(s.Anchor, s.TenseAround(i, last), month, day), month, day, i, last);
    }

    /// <summary><c>2025-02-28</c>.</summary>
    private static TimeMatch? IsoDate(in TimeScan s, int i, int year)
    {
        if (!(s.Norm(i + 1) == "-" && s.Glued(i) && s.Glued(i + 1) && s.Norm(i + 3) == "-" && s.Glued(i + 2) && s.Glued(i + 3)))
            return null;
        return s.Integer(i + 2, 2) is { } month && s.Integer(i + 4, 2) is { } day ? Day(year, month, day, i, i + 4) : null;
    }

    /// <summary><c>02/28/2025</c> (month first, as US wires write it) or <c>28/02/2025</c> when the first part exceeds 12.</summary>
    private static TimeMatch? SlashDate(in TimeScan s, int i)
    {
        if (!(s.Norm(i + 1) == "/" && s.Glued(i) && s.Glued(i + 1) && s.Norm(i + 3) == "/" && s.Glued(i + 2) && s.Glued(i + 3)))
            return null;
        if (s.Integer(i, 2) is not { } a || s.Integer(i + 2, 2) is not { } b || s.Integer(i + 4, 4) is not { } y)
            return null;
        if (s.Tokens[i + 4].Length == 2)
            y += 2000;
        return a > 12 ? Day(y, b, a, i, i + 4) : Day(y, a, b, i, i + 4);
    }

    /// <summary><c>1950-53</c>, <c>2022–2024</c>, <c>from 2020 to 2022</c>, <c>between 2020 and 2022</c>.</summary>
    private static TimeMatch? YearRange(in TimeScan s, int i, int year)
    {
        if (s.Norm(i + 1) is "-" or "–" && s.Glued(i) && s.Glued(i + 1) && s.Integer(i + 2, 4) is { } second)
        {
            var to = s.Tokens[i + 2].Length == 2 ? year / 100 * 100 + second : second;
            if (to > year && to - year < 100)
                return new TimeMatch(i, i + 2, IsoCalendar.Year(year) + "/" + IsoCalendar.Year(to), TimeGrain.Range);
        }

        if (s.Norm(i - 1) is "from" or "between" && s.Norm(i + 1) is "to" or "and" or "until" && s.Year(i + 2) is { } end && end > year)
            return new TimeMatch(i - 1, i + 2, IsoCalendar.Year(year) + "/" + IsoCalendar.Year(end), TimeGrain.Range);
        return null;
    }

    /// <summary><c>the 1990s</c> → 1990/1999.</summary>
    private static TimeMatch? Decade(in TimeScan s, int i, int year)
    {
        if (year % 10 != 0 || s.Norm(i + 1) != "s" || !s.Glued(i))
            return null;
        return new TimeMatch(i, i + 1, IsoCalendar.Year(year) + "/" + IsoCalendar.Year(year + 9), TimeGrain.Range);
    }

    /// <summary>A bare four-digit number is a year after a temporal preposition (<c>in 2011</c>, <c>since 2023</c>), as a
    /// modifier (<c>the 2024 election</c>) or a possessive (<c>2024's</c>); <c>2000 soldiers</c> is a count.</summary>
    private static TimeMatch? LoneYear(in TimeScan s, int i, int year)
    {
        var before = s.Norm(i - 1);
        var isYear = IsYearCue(before) || (s.Norm(i + 1) is "'" or "’" && s.Norm(i + 2) == "s")
            || (before is "the" or "a" && s.In(i + 1) && s.Tokens[i + 1].Kind == TokenKind.Word && !s.Norm(i + 1).EndsWith('s'));
        if (!isYear || s.Norm(i + 1) is "%" || (s.Norm(i + 1) == "," && s.Integer(i + 2, 3) is not null) || IsCountedNoun(s, i + 1))
            return null;
        return new TimeMatch(i, i, IsoCalendar.Year(year), TimeGrain.Year);
    }

    private static TimeMatch? Day(int year, int month, int day, int first, int last) =>
        IsoCalendar.IsValid(year, month, day)
            ? new TimeMatch(first, last, IsoCalendar.Day(new DateOnly(year, month, day)), TimeGrain.Day)
            : null;

    /// <summary>Skips <c>rd</c> in <c>3rd</c>; returns the last token of the day number.</summary>
    private static int SkipOrdinalSuffix(in TimeScan s, int i) =>
        s.Norm(i + 1) is "st" or "nd" or "rd" or "th" && s.Glued(i) ? i + 1 : i;

    /// <summary><c>June 3 kilometers</c> never occurs, but <c>June 3 people</c> in a list might; a day is not a count.</summary>
    private static bool IsUnitAfter(in TimeScan s, int j) => s.Norm(j + 1) is "%" or "percent" or "per";

    /// <summary><c>in 2000 villages</c>: a lower-case plural after the number makes it a count.</summary>
    private static bool IsCountedNoun(in TimeScan s, int i) =>
        s.In(i) && s.Tokens[i].Kind == TokenKind.Word && !s.IsCapital(i) && s.Norm(i).Length > 3 && s.Norm(i).EndsWith('s');

    private static bool IsYearCue(string word) => word is "in" or "since" or "by" or "until" or "till" or "from" or "before"
         or "after" or "during" or "of" or "through" or "throughout" or "early" or "late" or "mid" or "-"
        or "year" or "around" or "circa" or "spring" or "summer" or "autumn" or "fall" or "winter" or "for" or "between";

    private static bool IsMonthCue(string word) => word is "in" or "since" or "by" or "until" or "till" or "from" or "before"
        or "after" or "during" or "early" or "late" or "mid" or "-" or "of" or "through" or "throughout" or "end" or "to" or "for";
}
