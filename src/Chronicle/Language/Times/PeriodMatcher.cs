namespace Chronicle.Language.Times;

/// <summary>Seasons, quarters and halves as date ranges: <c>summer 2024</c>, <c>in the winter</c>, <c>Q3 2024</c>,
/// <c>the first quarter</c>, <c>the second half of 2024</c>.</summary>
internal static class PeriodMatcher
{
    public static TimeMatch? Match(in TimeScan s, int i)
    {
        var norm = s.Norm(i);
        if (s.Calendar.Seasons.TryGetValue(norm, out var season))
            return NamedSeason(s, i, season);
        if (norm.Length == 2 && norm[0] == 'q' && norm[1] is >= '1' and <= '4')
            return QuarterWithYear(s, i, i, norm[1] - '0');
        if (Ordinal(norm) is { } ordinal)
        {
            if (s.Norm(i + 1) == "quarter" && ordinal <= 4)
                return QuarterWithYear(s, i, i + 1, ordinal);
            if (s.Norm(i + 1) == "half" && ordinal <= 2)
                return Half(s, i, ordinal);
        }

        return null;
    }

    /// <summary>The year in which the season's occurrence containing (or last before) the anchor starts.</summary>
    public static int CurrentSeasonYear(DateOnly anchor, (int First, int Last) season) =>
        season.First > season.Last && anchor.Month <= season.Last ? anchor.Year - 1 : anchor.Year;

    public static TimeMatch Season(in TimeScan s, int first, int last, (int First, int Last) season, int year)
    {
        var months = season.Last >= season.First ? season.Last - season.First + 1 : season.Last + 13 - season.First;
        return new TimeMatch(first, last, IsoCalendar.MonthRange(year, season.First, months), TimeGrain.Range);
    }

    public static TimeMatch? Quarter(int first, int last, int year, int quarter)
    {
        while (quarter < 1)
        {
            quarter += 4;
            year--;
        }

        while (quarter > 4)
        {
            quarter -= 4;
            year++;
        }

        return new TimeMatch(first, last, IsoCalendar.MonthRange(year, (quarter - 1) * 3 + 1, 3), TimeGrain.Range);
    }

    /// <summary><c>summer 2024</c>, <c>the summer of 2024</c>, <c>in the winter</c> (by tense), but not <c>summer camp</c>.</summary>
    private static TimeMatch? NamedSeason(in TimeScan s, int i, (int First, int Last) season)
    {
        if (s.Year(i + 1) is { } year)
            return Season(s, i, i + 1, season, year);
        if (s.Norm(i + 1) == "of" && s.Year(i + 2) is { } ofYear)
            return Season(s, i, i + 2, season, ofYear);
        if (!(s.Norm(i - 1) == "the" && s.Norm(i - 2) is "in" or "during" or "over" or "until" or "since" or "by" or "through"))
            return null;
        var current = CurrentSeasonYear(s.Anchor, season);
        var start = new DateOnly(current, season.First, 1);
        var tense = s.TenseAround(i, i);
        if (tense == Tense.Past && start > s.Anchor)
            current--;
        else if (tense == Tense.Future && start.AddMonths(3) <= s.Anchor)
            current++;
        return Season(s, i, i, season, current);
    }

    /// <summary><c>Q3 2024</c>, <c>the third quarter of 2024</c>; without a year, this year's (last year's for a past
    /// clause when the quarter has not begun).</summary>
    private static TimeMatch? QuarterWithYear(in TimeScan s, int first, int last, int quarter)
    {
        if (ExplicitYear(s, last) is var (year, end))
            return Quarter(first, end, year, quarter);
        var thisYear = s.Anchor.Year;
        if (s.TenseAround(first, last) == Tense.Past && (quarter - 1) * 3 + 1 > s.Anchor.Month)
            thisYear--;
        return Quarter(first, last, thisYear, quarter);
    }

    /// <summary><c>the second half of 2024</c>, <c>the first half of the year</c>; a bare "first half" is not a date.</summary>
    private static TimeMatch? Half(in TimeScan s, int i, int half)
    {
        if (ExplicitYear(s, i + 1) is not var (year, end))
            return null;
        return new TimeMatch(i, end, IsoCalendar.MonthRange(year, half == 1 ? 1 : 7, 6), TimeGrain.Range);
    }

    /// <summary>A year after a period: <c>2024</c>, <c>of 2024</c>, <c>of the year</c>/<c>of this year</c>,
    /// <c>of last year</c>, <c>of next year</c>.</summary>
    private static (int Year, int Last)? ExplicitYear(in TimeScan s, int last)
    {
        if (s.Year(last + 1) is { } year)
            return (year, last + 1);
        if (s.Norm(last + 1) != "of")
            return null;
        if (s.Year(last + 2) is { } ofYear)
            return (ofYear, last + 2);
        if (s.Norm(last + 3) != "year")
            return null;
        return s.Norm(last + 2) switch
        {
            "the" or "this" => (s.Anchor.Year, last + 3),
            "last" => (s.Anchor.Year - 1, last + 3),
            "next" => (s.Anchor.Year + 1, last + 3),
            _ => null,
        };
    }

    private static int? Ordinal(string norm) => norm switch
    {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        _ => null,
    };
}
