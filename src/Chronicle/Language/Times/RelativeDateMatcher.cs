namespace Chronicle.Language.Times;

/// <summary>Times relative to the anchor: <c>yesterday</c>, <c>on Wednesday</c>, <c>last week</c>, <c>earlier this week</c>,
/// <c>last June</c>, <c>the past two years</c>, <c>three days ago</c>, <c>the three-year-old war</c>.</summary>
internal static class RelativeDateMatcher
{
    public static TimeMatch? Match(in TimeScan s, int i)
    {
        switch (s.Norm(i))
        {
            case "today":
            case "tonight":
                return Day(s.Anchor, i, i);
            case "yesterday":
                return Day(s.Anchor.AddDays(-1), i, i);
            case "tomorrow":
                return Day(s.Anchor.AddDays(1), i, i);
            case "last" or "next" or "this":
                return Deictic(s, i);
            case "earlier" or "later":
                return EarlierOrLater(s, i);
            case "the":
                return Span(s, i);
        }

        if (s.Weekday(i) is { } weekday)
            return Weekday(s, i, i, weekday, null);
        return Ago(s, i) ?? AgeMatcher.Match(s, i);
    }

    /// <summary><c>last Friday</c>, <c>next month</c>, <c>this week</c>, <c>last June</c> (June of last year), <c>last summer</c>.</summary>
    private static TimeMatch? Deictic(in TimeScan s, int i)
    {
        var shift = s.Norm(i) switch { "last" => -1, "next" => 1, _ => 0 };
        var j = i + 1;
        var anchor = s.Anchor;
        if (s.Norm(i - 1) == "the")
            return null; // "the last week of June", "the last three years": a span, not a deictic.
        if (s.Weekday(j) is { } weekday)
            return Weekday(s, i, j, weekday, shift);
        if (s.Month(j) is (var month, var last))
            return new TimeMatch(i, last, IsoCalendar.Month(anchor.Year + shift, month), TimeGrain.Month);
        if (s.Calendar.Seasons.TryGetValue(s.Norm(j), out var season))
            return PeriodMatcher.Season(s, i, j, season, PeriodMatcher.CurrentSeasonYear(anchor, season) + shift);
        return s.Norm(j) switch
        {
            "week" => new TimeMatch(i, j, IsoCalendar.Week(anchor.AddDays(7 * shift)), TimeGrain.Week),
            "weekend" => Weekend(i, j, IsoCalendar.Monday(anchor).AddDays(7 * shift)),
            "month" => Month(anchor.AddMonths(shift), i, j),
            "year" => new TimeMatch(i, j, IsoCalendar.Year(anchor.Year + shift), TimeGrain.Year),
            "quarter" => PeriodMatcher.Quarter(i, j, anchor.Year, (anchor.Month - 1) / 3 + 1 + shift),
            "night" when shift == -1 => Day(anchor.AddDays(-1), i, j),
            "morning" or "afternoon" or "evening" when shift == 0 => Day(anchor, i, j),
            _ => null,
        };
    }

    /// <summary><c>earlier this week</c> → Monday to the anchor; <c>later this month</c> → the anchor to the month's end.</summary>
    private static TimeMatch? EarlierOrLater(in TimeScan s, int i)
    {
        var earlier = s.Norm(i) == "earlier";
        var anchor = s.Anchor;
        if (s.Norm(i + 1) == "today")
            return Day(anchor, i, i + 1);
        if (s.Norm(i + 1) != "this")
            return null;
        (DateOnly From, DateOnly To)? period = s.Norm(i + 2) switch
        {
            "week" => (IsoCalendar.Monday(anchor), IsoCalendar.Monday(anchor).AddDays(6)),
            "month" => (new DateOnly(anchor.Year, anchor.Month, 1), IsoCalendar.EndOfMonth(anchor.Year, anchor.Month)),
            "year" => (new DateOnly(anchor.Year, 1, 1), new DateOnly(anchor.Year, 12, 31)),
            _ => null,
        };
        if (period is not var (from, to))
            return null;
        var value = earlier ? IsoCalendar.Range(from, anchor) : IsoCalendar.Range(anchor, to);
        return new TimeMatch(i, i + 2, value, TimeGrain.Range);
    }

    /// <summary><c>the past two years</c>, <c>the last 24 hours</c> → from that far back to the anchor;
    /// <c>the next two weeks</c>, <c>the coming months</c> is vague and not resolved.</summary>
    private static TimeMatch? Span(in TimeScan s, int i)
    {
        var direction = s.Norm(i + 1) switch { "past" or "last" => -1, "next" => 1, _ => 0 };
        if (direction == 0)
            return null;
        var j = i + 2;
        var count = 1.0;
        if (s.Count(j) is { } n && s.Norm(j) is not ("a" or "an"))
        {
            count = n;
            j++;
        }

        if (s.Norm(j + 1) == "of" || count is < 1 or > 1000 || count != Math.Floor(count))
            return null;
        if (Shift(s.Anchor, s.Norm(j), (int)count * direction) is not { } other)
            return null;
        var value = direction < 0 ? IsoCalendar.Range(other, s.Anchor) : IsoCalendar.Range(s.Anchor, other);
        return new TimeMatch(i, j, value, TimeGrain.Range);
    }

    /// <summary><c>three days ago</c> → that day; <c>two years ago</c> → that year; <c>a week ago</c> → that week.</summary>
    private static TimeMatch? Ago(in TimeScan s, int i)
    {
        if (s.Norm(i + 2) != "ago" || s.Count(i) is not { } n || n < 1 || n != Math.Floor(n) || n > 1000)
            return null;
        var count = (int)n;
        var unit = s.Norm(i + 1);
        if (Shift(s.Anchor, unit, -count) is not { } date)
            return null;
        return unit switch
        {
            "day" or "days" or "hours" => Day(date, i, i + 2),
            "week" or "weeks" => new TimeMatch(i, i + 2, IsoCalendar.Week(date), TimeGrain.Week),
            "month" or "months" => new TimeMatch(i, i + 2, IsoCalendar.Month(date.Year, date.Month), TimeGrain.Month),
            _ => new TimeMatch(i, i + 2, IsoCalendar.Year(date.Year), TimeGrain.Year),
        };
    }

    /// <summary>The anchor moved by <paramref name="count"/> of a unit (negative: back in time), or null for a non-unit.</summary>
    internal static DateOnly? Shift(DateOnly anchor, string unit, int count)
    {
        try
        {
            return unit switch
            {
                "day" or "days" => anchor.AddDays(count),
                "hours" => anchor.AddDays(Math.Sign(count) * Math.Max(1, (Math.Abs(count) + 23) / 24)),
                "week" or "weeks" => anchor.AddDays(7 * count),
                "month" or "months" => anchor.AddMonths(count),
                "year" or "years" => anchor.AddYears(count),
                "decade" or "decades" => anchor.AddYears(10 * count),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // beyond the calendar: "10,000 years ago"
        }
    }

    /// <summary>A weekday resolved by its modifier (<c>last</c> strictly before the anchor, <c>next</c> strictly after,
    /// <c>this</c> in the anchor's week) or, bare, by the clause's tense: past → the latest on or before the anchor,
    /// future → the earliest on or after it, otherwise the nearest.</summary>
    private static TimeMatch Weekday(in TimeScan s, int first, int day, int weekday, int? shift)
    {
        var last = s.Norm(day + 1) is "morning" or "afternoon" or "evening" or "night" ? day + 1 : day;
        var anchor = s.Anchor;
        var back = (IsoCalendar.IsoDay(anchor) - weekday + 7) % 7;
        var forward = (weekday - IsoCalendar.IsoDay(anchor) + 7) % 7;
        var date = shift switch
        {
            -1 => anchor.AddDays(-(back == 0 ? 7 : back)),
            1 => anchor.AddDays(forward == 0 ? 7 : forward),
            0 => IsoCalendar.Monday(anchor).AddDays(weekday - 1),
            _ => s.TenseAround(first, last) switch
            {
                Tense.Past => anchor.AddDays(-back),
                Tense.Future => anchor.AddDays(forward),
                _ => forward < back ? anchor.AddDays(forward) : anchor.AddDays(-back),
            },
        };
        return Day(date, first, last);
    }

    private static TimeMatch Weekend(int first, int last, DateOnly monday) =>
        new(first, last, IsoCalendar.Range(monday.AddDays(5), monday.AddDays(6)), TimeGrain.Range);

    private static TimeMatch Month(DateOnly date, int first, int last) =>
        new(first, last, IsoCalendar.Month(date.Year, date.Month), TimeGrain.Month);

    private static TimeMatch Day(DateOnly date, int first, int last) => new(first, last, IsoCalendar.Day(date), TimeGrain.Day);
}
