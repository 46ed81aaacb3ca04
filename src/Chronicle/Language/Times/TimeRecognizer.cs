using System.Globalization;
using Chronicle.Language.Lexicon;

namespace Chronicle.Language.Times;

/// <summary>Finds the time expressions of a sentence, left to right, longest pattern first, and resolves them against
/// the anchor date. Without an anchor only expressions that name their year are kept.</summary>
internal sealed class TimeRecognizer(LanguageData data)
{
    public void Recognize(string text, List<Token> tokens, Sentence sentence, DateOnly? anchor, List<TimeExpression> into)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        var scan = new TimeScan(text, tokens, sentence.FirstToken, end, anchor ?? new DateOnly(2000, 1, 1), data);
        var firstOfSentence = into.Count;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (tokens[i].Kind is TokenKind.Punctuation)
                continue;
            var match = ClockTimeMatcher.Match(scan, i) ?? AbsoluteDateMatcher.Match(scan, i) ?? PeriodMatcher.Match(scan, i)
                        ?? MidMonth(scan, i) ?? RelativeDateMatcher.Match(scan, i);
            if (match is not { } m)
                continue;
            m = Modified(scan, m);
            if (anchor is null && !NamesItsYear(scan, m))
            {
                i = m.Last;
                continue;
            }

            if (m.Grain == TimeGrain.Time)
                m = m with { Value = DayOf(scan, into, firstOfSentence, m) + m.Value };
            into.Add(new TimeExpression(tokens[m.First].Start, tokens[m.Last].End, text[tokens[m.First].Start..tokens[m.Last].End], m.Value, m.Grain));
            i = m.Last;
        }
    }

    /// <summary><c>early 2024</c>, <c>mid-2024</c>, <c>late June</c>: the first, middle or last third of the month or year.</summary>
    private static TimeMatch Modified(in TimeScan s, TimeMatch m)
    {
        if (m.Grain is not (TimeGrain.Month or TimeGrain.Year))
            return m;
        var first = m.First - 1;
        if (s.Norm(first) == "-" && s.Norm(first - 1) == "mid" && s.Glued(first - 1))
            first--;
        var third = s.Norm(first) switch { "early" => 0, "mid" => 1, "late" => 2, _ => -1 };
        if (third < 0)
            return m;
        var year = int.Parse(m.Value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (m.Grain == TimeGrain.Year)
            return new TimeMatch(first, m.Last, IsoCalendar.MonthRange(year, third * 4 + 1, 4), TimeGrain.Range);
        var month = int.Parse(m.Value.AsSpan(5, 2), CultureInfo.InvariantCulture);
        return new TimeMatch(first, m.Last, MonthThird(year, month, third), TimeGrain.Range);
    }

    /// <summary><c>mid-June</c> written as one word.</summary>
    private static TimeMatch? MidMonth(in TimeScan s, int i)
    {
        var norm = s.Norm(i);
        if (!norm.StartsWith("mid-", StringComparison.Ordinal)
            || !s.Calendar.Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(norm.AsSpan(4), out var month)
            || !char.IsUpper(s.Text[s.Tokens[i].Start + 4]))
            return null;
        var year = s.Year(i + 1) is { } y ? y : IsoCalendar.InferYear(s.Anchor, s.TenseAround(i, i), month, null);
        return new TimeMatch(i, s.Year(i + 1) is null ? i : i + 1, MonthThird(year, month, 1), TimeGrain.Range);
    }

    private static string MonthThird(int year, int month, int third)
    {
        var from = new DateOnly(year, month, third * 10 + 1);
        var to = third == 2 ? IsoCalendar.EndOfMonth(year, month) : from.AddDays(9);
        return IsoCalendar.Range(from, to);
    }

    /// <summary>The day of a clock time: the nearest day named in the same sentence (<c>at 3 p.m. on Friday</c>), else the anchor.</summary>
    private static string DayOf(in TimeScan s, List<TimeExpression> found, int firstOfSentence, TimeMatch time)
    {
        for (var k = found.Count - 1; k >= firstOfSentence; k--)
        {
            if (found[k].Grain == TimeGrain.Day)
                return found[k].Value;
        }

        for (var i = time.Last + 1; i < s.End && i <= time.Last + 4; i++)
        {
            if ((AbsoluteDateMatcher.Match(s, i) ?? RelativeDateMatcher.Match(s, i)) is { Grain: TimeGrain.Day } day)
                return day.Value;
        }

        return IsoCalendar.Day(s.Anchor);
    }

    private static bool NamesItsYear(in TimeScan s, TimeMatch m)
    {
        if (m.Grain == TimeGrain.Time)
            return false;
        for (var i = m.First; i <= m.Last; i++)
        {
            if (s.Year(i) is not null)
                return true;
        }

        return false;
    }
}
