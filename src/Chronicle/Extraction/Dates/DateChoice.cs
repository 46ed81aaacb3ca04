namespace Chronicle.Extraction.Dates;

/// <summary>Chooses a page's publication date from its plausible candidates, by tiers of trust: a full date in the URL
/// (right on 97% of the dev pages that have one, and in the publisher's own time zone); structured metadata marked published;
/// <c>&lt;time&gt;</c> elements marked published; dates the page prints as published; a bare meta "date"; unmarked
/// <c>&lt;time&gt;</c> elements; and last the first date printed in the article, by the page's heading (in its block or
/// after it), or anywhere in the page (a top bar's "today" stands before the heading, elsewhere). Within a tier the day most
/// sources agree on wins; among equals, metadata prefers the earliest (the original, not a revision) and printed dates the
/// first in the page (a story's date comes before the dates of the stories listed after it).</summary>
internal static class DateChoice
{
    private static readonly Tier[] Tiers =
    [
        new(c => c.Source == DateSource.Url, Earliest: true),
        new(c => c.Kind == DateKind.Published && c.Source is DateSource.JsonLd or DateSource.Meta or DateSource.ItemProp, Earliest: true),
        new(c => c.Source == DateSource.TimeElement && c.Kind == DateKind.Published, Earliest: false),
        new(c => c.Source is DateSource.Markup or DateSource.Text && c.Kind == DateKind.Published, Earliest: false),
        new(c => c.Kind == DateKind.Unlabelled && c.Source is DateSource.JsonLd or DateSource.Meta or DateSource.ItemProp, Earliest: true),
        new(c => c.Source == DateSource.TimeElement && c.Kind == DateKind.Unlabelled && c.InArticle, Earliest: false),
        new(c => c.Source == DateSource.TimeElement && c.Kind == DateKind.Unlabelled, Earliest: false),
        new(c => c.Source == DateSource.Text && c.Kind == DateKind.Unlabelled && c.InArticle, Earliest: false, FirstOnly: true),
        new(c => c.Source == DateSource.Text && c.Kind == DateKind.Unlabelled && c.ByHeading, Earliest: false, FirstOnly: true),
        new(c => c.Source == DateSource.Text && c.Kind == DateKind.Unlabelled, Earliest: false, FirstOnly: true),
    ];

    public static PublicationDate? Choose(List<DateCandidate> found)
    {
        for (var i = 0; i < Tiers.Length; i++)
        {
            if (Best(found, Tiers[i]) is { } chosen)
                return i == MetadataTier ? PresentedRevision(found, chosen) : chosen;
        }

        return null;
    }

    private const int MetadataTier = 1;

    /// <summary>A page that prints its revision date as its date, and nowhere the original one its metadata keep, presents
    /// itself as of that revision (republished guides, updated reports): the printed revision day is the page's date.</summary>
    private static PublicationDate PresentedRevision(List<DateCandidate> found, PublicationDate chosen)
    {
        PublicationDate? revision = null;
        foreach (var candidate in found)
        {
            if (IsPrinted(candidate) && candidate.Date.Date == chosen.Date)
                return chosen;
            if (candidate.Kind == DateKind.Modified && !IsPrinted(candidate) && candidate.Date.Date > chosen.Date
                && found.Exists(printed => IsPrinted(printed) && printed.Date.Date == candidate.Date.Date))
                revision = candidate.Date;
        }

        return revision is { } day ? MostPrecise(found, day) : chosen;
    }

    private static bool IsPrinted(DateCandidate candidate) => candidate.Source is DateSource.Markup or DateSource.Text or DateSource.TimeElement;

    /// <summary>Whether the URL and metadata alone settle the choice, so that the body need not be read: a date in the URL, or
    /// structured dates marked published that all name one day (and not a UTC time, whose local day the body may print).</summary>
    public static bool IsSettled(List<DateCandidate> metadata)
    {
        DateOnly? day = null;
        foreach (var candidate in metadata)
        {
            if (candidate.Source == DateSource.Url)
                return true;
            if (candidate.Kind != DateKind.Published)
                continue;
            if (day is { } other && other != candidate.Date.Date)
                return false;
            if (candidate.Date is { Offset.Ticks: 0, Time: not null })
                return false;
            day = candidate.Date.Date;
        }

        return day is not null;
    }

    /// <summary>The day of the tier's candidates that most distinct sources on the page confirm.</summary>
    private static PublicationDate? Best(List<DateCandidate> found, Tier tier)
    {
        PublicationDate? best = null;
        var bestScore = 0;
        foreach (var candidate in found)
        {
            if (!tier.Admits(candidate))
                continue;
            if (tier.FirstOnly)
                return MostPrecise(found, LocalDay(found, candidate.Date));
            var score = Support(found, candidate.Date.Date);
            if (best is not { } current || score > bestScore || (score == bestScore && tier.Earliest && candidate.Date.Date < current.Date))
            {
                best = candidate.Date;
                bestScore = score;
            }
        }

        return best is { } day ? MostPrecise(found, LocalDay(found, day)) : null;
    }

    /// <summary>A UTC timestamp is a conversion; the publisher's calendar day is the one it prints in its own time. When the
    /// page gives the same instant with its local offset (<c>02:11Z</c> and <c>21:11-05:00</c> the evening before), that
    /// local value wins. CMSs also store a local midnight as UTC (<c>2021-11-04T23:00:00Z</c> for 5 November in Central
    /// Europe): when a UTC time is within two hours of midnight and the page prints the next day in its own time (text, markup,
    /// a zone-less or non-UTC value), that is the publisher's day, unless the page prints the same clock time on the UTC day
    /// (then its own time is UTC).</summary>
    private static PublicationDate LocalDay(List<DateCandidate> found, PublicationDate chosen)
    {
        if (chosen.Offset != TimeSpan.Zero || chosen.Time is not { } time)
            return chosen;
        var instant = Instant(chosen)!.Value;
        foreach (var candidate in found)
        {
            if (candidate.Kind != DateKind.Modified && candidate.Date.Offset is { Ticks: not 0 }
                && Instant(candidate.Date) is { } other && (other - instant).Duration() < TimeSpan.FromMinutes(1))
                return candidate.Date;
        }

        if (time.Hour < 22)
            return chosen;
        var neighbour = chosen.Date.AddDays(1);
        foreach (var candidate in found)
        {
            if (candidate.Date is { Offset: null, Time: { } sameClock } && candidate.Date.Date == chosen.Date
                && sameClock.Hour == time.Hour && sameClock.Minute == time.Minute)
                return chosen;
        }

        foreach (var candidate in found)
        {
            if (candidate.Date.Date == neighbour && candidate.Kind != DateKind.Modified && candidate.Date.Offset != TimeSpan.Zero
                && candidate.Source is DateSource.Markup or DateSource.Text or DateSource.TimeElement or DateSource.Meta)
                return candidate.Date;
        }

        return chosen;
    }

    private static DateTimeOffset? Instant(PublicationDate date) =>
        date is { Time: { } time, Offset: { } offset } ? new DateTimeOffset(date.Date.ToDateTime(time), offset) : null;

    /// <summary>How many different sources, other than revision dates, name this day.</summary>
    private static int Support(List<DateCandidate> found, DateOnly day)
    {
        var sources = 0;
        foreach (var candidate in found)
        {
            if (candidate.Date.Date == day && candidate.Kind != DateKind.Modified)
                sources |= 1 << (int)candidate.Source;
        }

        return int.PopCount(sources);
    }

    /// <summary>The same day as printed with the most detail: a time, and better a time with its zone.</summary>
    private static PublicationDate MostPrecise(List<DateCandidate> found, PublicationDate chosen)
    {
        foreach (var candidate in found)
        {
            var date = candidate.Date;
            if (date.Date == chosen.Date && candidate.Kind != DateKind.Modified && Precision(date) > Precision(chosen))
                chosen = date;
        }

        return chosen;
    }

    private static int Precision(PublicationDate date) => date.Offset is not null ? 2 : date.Time is not null ? 1 : 0;

    /// <summary>One level of trust: which candidates it admits, and how it breaks ties between days.</summary>
    private sealed record Tier(Func<DateCandidate, bool> Admits, bool Earliest, bool FirstOnly = false);
}
