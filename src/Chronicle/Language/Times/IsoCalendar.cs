using System.Globalization;

namespace Chronicle.Language.Times;

/// <summary>Calendar arithmetic and ISO 8601 formatting of resolved times (<c>2025-02-26</c>, <c>2025-W09</c>, ranges).</summary>
internal static class IsoCalendar
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):0000}-W{ISOWeek.GetWeekOfYear(day):00}");
    }

    public static string Range(DateOnly from, DateOnly to) => Day(from) + "/" + Day(to);

    public static string MonthRange(int year, int firstMonth, int monthCount)
    {
        var from = new DateOnly(year, firstMonth, 1);
        return Range(from, from.AddMonths(monthCount).AddDays(-1));
    }

    /// <summary>ISO day number, Monday = 1 … Sunday = 7.</summary>
    public static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    public static DateOnly Monday(DateOnly date) => date.AddDays(1 - IsoDay(date));

    public static DateOnly EndOfMonth(int year, int month) => new DateOnly(year, month, DateTime.DaysInMonth(year, month));

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The year of a month (and day) written without one: the latest on or before the anchor for a past clause,
    /// the earliest on or after it for a future clause, else the nearest to the anchor.</summary>
    public static int InferYear(DateOnly anchor, Tense tense, int month, int? day)
    {
        var best = anchor.Year;
        var bestDistance = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            var first = new DateOnly(year, month, day is { } d ? Math.Min(d, DateTime.DaysInMonth(year, month)) : 1);
            var last = day is null ? EndOfMonth(year, month) : first;
            if (tense == Tense.Past && first > anchor)
                continue;
            if (tense == Tense.Future && last < anchor)
                continue;
            var distance = first > anchor ? first.DayNumber - anchor.DayNumber : last < anchor ? anchor.DayNumber - last.DayNumber : 0;
            if (tense == Tense.Past)
                distance = anchor.DayNumber - first.DayNumber;
            else if (tense == Tense.Future)
                distance = Math.Max(0, first.DayNumber - anchor.DayNumber);
            if (distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
            }
        }

        return best;
    }
}
