namespace Chronicle.Extraction.Dates;

/// <summary>Bounds on a publication date: not before the web news era, not after now. A date beyond them is a misreading
/// (a copyright year, a birth date, an event date), not the page's.</summary>
internal sealed class DatePlausibility(TimeProvider clock)
{
    /// <summary>Few news pages predate 1995; htmldate uses the same floor.</summary>
    public static readonly DateOnly Earliest = new(1995, 1, 1);

    public bool IsPlausible(PublicationDate date)
    {
        // A day of slack: a page stamped in a zone ahead of UTC can be "tomorrow" for the clock.
        var latest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
        return date.Date >= Earliest && date.Date <= latest;
    }
}
