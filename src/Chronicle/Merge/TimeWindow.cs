using System.Globalization;

namespace Chronicle.Merge;

/// <summary>The calendar days an ISO time value can mean: <c>2024-06-19</c> one day, <c>2024-06</c> thirty, <c>2024</c>
/// a year, <c>2025-W09</c> a week, <c>2025-02-24/2025-02-28</c> its range.</summary>
public readonly record struct TimeWindow(DateOnly First, DateOnly Last)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>Whether the two windows overlap once each is widened by <paramref name="slackDays"/> (reports of one day often differ by a day across time zones).</summary>
    public bool Meets(TimeWindow other, int slackDays) =>
        First.DayNumber - slackDays <= other.Last.DayNumber && other.First.DayNumber - slackDays <= Last.DayNumber;

    public static bool TryParse(string? value, out TimeWindow window)
    {
        window = default;
        if (string.IsNullOrWhiteSpace(value))
            return false;
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            if (!TryParse(value[..slash], out var from) || !TryParse(value[(slash + 1)..], out var to) || to.Last < from.First)
                return false;
            window = new TimeWindow(from.First, to.Last);
            return true;
        }

        var text = value.Length > 10 && value[10] == 'T' ? value[..10] : value;
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
        {
            window = new TimeWindow(day, day);
            return true;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var month))
        {
            window = new TimeWindow(month, month.AddMonths(1).AddDays(-1));
            return true;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, culture, out var year) && year is >= 1 and <= 9999)
        {
            window = new TimeWindow(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        if (text.Length == 8 && text[4] == '-' && text[5] == 'W'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, culture, out var isoYear)
            && int.TryParse(text.AsSpan(6, 2), NumberStyles.None, culture, out var week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
            window = new TimeWindow(monday, monday.AddDays(6));
            return true;
        }

        return false;
    }
}
