namespace Chronicle.Language.Times;

/// <summary>An age that dates a start: <c>the three-year-old Russian invasion</c> began three years before the anchor
/// (→ its year), <c>the 18-month-old war</c> eighteen months before (→ its month). Only heads listed in event-nouns.txt
/// count: <c>a three-year-old boy</c> is not a date.</summary>
internal static class AgeMatcher
{
    private const int MaxWordsBeforeHead = 3;

    public static TimeMatch? Match(in TimeScan s, int i)
    {
        var token = s.Tokens[i];
        int count;
        string unit;
        int last;
        if (token.Kind == TokenKind.Word && IsAge(token.Norm) && Split(token.Norm) is var (countWord, unitWord, suffix) && suffix is "old" or "long")
        {
            var value = countWord.Length == 0 ? 1 : CountOf(s, countWord);
            if (value is null)
                return null;
            (count, unit, last) = ((int)value.Value, unitWord, i);
        }
        else if (s.Integer(i, 3) is { } digits && s.Norm(i + 1) == "-" && s.Glued(i) && s.Glued(i + 1)
                 && Split("x-" + s.Norm(i + 2)) is (_, var u, var sfx) && sfx is "old" or "long")
        {
            (count, unit, last) = (digits, u, i + 2);
        }
        else
        {
            return null;
        }

        if (unit is "decade")
            (count, unit) = (count * 10, "year");
        if (count < 1 || !HasEventHead(s, last))
            return null;
        if (RelativeDateMatcher.Shift(s.Anchor, unit, -count) is not { } start)
            return null;
        return unit switch
        {
            "year" => new TimeMatch(i, last, IsoCalendar.Year(start.Year), TimeGrain.Year),
            "month" => new TimeMatch(i, last, IsoCalendar.Month(start.Year, start.Month), TimeGrain.Month),
            "week" => new TimeMatch(i, last, IsoCalendar.Week(start), TimeGrain.Week),
            "day" => new TimeMatch(i, last, IsoCalendar.Day(start), TimeGrain.Day),
            _ => null,
        };
    }

    private static bool IsAge(string norm) =>
        norm.EndsWith("-old", StringComparison.Ordinal) || norm.EndsWith("-long", StringComparison.Ordinal);

    /// <summary><c>three-year-old</c> → (three, year, old); <c>decade-old</c> → ("", decade, old).</summary>
    private static (string Count, string Unit, string Suffix)? Split(string norm)
    {
        var parts = norm.Split('-');
        return parts.Length switch
        {
            3 => (parts[0], parts[1], parts[2]),
            2 when parts[0] == "decade" => ("", parts[0], parts[1]),
            _ => null,
        };
    }

    private static double? CountOf(in TimeScan s, string word) =>
        s.Data.Numbers.Words.TryGetValue(word, out var number) && number.Kind is not Lexicon.NumberWordKind.Scale and not Lexicon.NumberWordKind.Vague
            ? number.Value
            : int.TryParse(word, out var digits) ? digits : null;

    private static bool HasEventHead(in TimeScan s, int last)
    {
        for (var k = last + 1; k <= last + MaxWordsBeforeHead && s.In(k); k++)
        {
            if (s.Tokens[k].Kind != TokenKind.Word)
                return false;
            if (s.Calendar.EventNouns.Contains(s.Norm(k)))
                return true;
        }

        return false;
    }
}
