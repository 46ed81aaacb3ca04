using System.Globalization;

namespace Chronicle.Language.Times;

/// <summary>Clock times with an optional zone: <c>10:51 AM IST</c>, <c>3 p.m.</c>, <c>0600 GMT</c>, <c>7:30 a.m. local time</c>,
/// <c>noon</c>. The match's value is the time part only (<c>T10:51:00+05:30</c>); the recogniser puts the day before it.</summary>
internal static class ClockTimeMatcher
{
    public static TimeMatch? Match(in TimeScan s, int i)
    {
        int hour, minute = 0, last;
        if (s.Norm(i) is "noon" or "midnight" && s.Norm(i - 1) is "at" or "by" or "before" or "after" or "until")
        {
            (hour, last) = (s.Norm(i) == "noon" ? 12 : 0, i);
        }
        else if (s.Integer(i, 2) is { } h)
        {
            hour = h;
            last = i;
            if (s.Norm(i + 1) == ":" && s.Glued(i) && s.Glued(i + 1) && s.In(i + 2) && s.Tokens[i + 2].Length == 2 && s.Integer(i + 2, 2) is { } m)
            {
                minute = m;
                last = i + 2;
            }

            if (Meridiem(s.Norm(last + 1)) is { } pm)
            {
                if (hour is < 1 or > 12)
                    return null;
                hour = hour % 12 + (pm ? 12 : 0);
                last++;
            }
            else if (last == i)
            {
                return null; // a bare number is not a time
            }
        }
        else if (s.Integer(i, 4) is { } military && s.Tokens[i].Length == 4 && s.In(i + 1) && ZoneAt(s, i + 1) is not null)
        {
            (hour, minute, last) = (military / 100, military % 100, i);
        }
        else
        {
            return null;
        }

        if (hour > 23 || minute > 59)
            return null;
        var value = string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}:00");
        if (ZoneAt(s, last + 1) is { } offset)
            return new TimeMatch(i, last + 1, value + Offset(offset), TimeGrain.Time);
        if (s.Norm(last + 1) == "local" && s.Norm(last + 2) == "time")
            last += 2;
        return new TimeMatch(i, last, value, TimeGrain.Time);
    }

    private static bool? Meridiem(string norm) => norm switch
    {
        "a.m." or "am" or "a.m" => false,
        "p.m." or "pm" or "p.m" => true,
        _ => null,
    };

    private static TimeSpan? ZoneAt(in TimeScan s, int i)
    {
        if (!s.In(i) || s.Tokens[i].Kind != TokenKind.Word || s.Tokens[i].Length > 4)
            return null;
        var lookup = s.Calendar.Zones.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(s.Tokens[i].In(s.Text), out var offset) ? offset : null;
    }

    private static string Offset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
            return "Z";
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }
}
