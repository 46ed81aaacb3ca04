namespace Chronicle.Extraction.Dates;

/// <summary>Chooses a page's publication date from its plausible candidates, by tiers of trust: a full date in the URL
/// (right on 97% of the dev pages that have one, and in the publisher's own time zone); structured metadata marked published; marked <c>&lt;time&gt;</c> elements; date-marked elements and labelled text; and only then weaker
/// signs. Within a tier the day most sources agree on wins, and among equals the earliest (the original, not a revision).</summary>
internal static class DateChoice
{
    public static PublicationDate? Choose(List<DateCandidate> found)
    {
        if (found.Count == 0)
            return null;
        ReadOnlySpan<Func<DateCandidate, bool>> tiers =
        [
            c => c.Source == DateSource.Url,
            c => c.Kind == DateKind.Published && c.Source is DateSource.JsonLd or DateSource.Meta or DateSource.ItemProp,
            c => c.Source == DateSource.TimeElement && c.Kind == DateKind.Published,
            c => c.Source == DateSource.TimeElement && c.Kind == DateKind.Unlabelled && c.InArticle,
            c => c.Source is DateSource.Markup or DateSource.Text && c.Kind == DateKind.Published && c.InArticle,
            c => c.Source is DateSource.Markup or DateSource.Text && c.Kind == DateKind.Published,
            c => c.Kind == DateKind.Modified && c.Source is DateSource.JsonLd or DateSource.Meta or DateSource.ItemProp,
            c => c.Source == DateSource.TimeElement && c.Kind == DateKind.Unlabelled,
        ];
        var max = int.Parse(Environment.GetEnvironmentVariable("DATES_MAXTIER") ?? "99", System.Globalization.CultureInfo.InvariantCulture);
        var t = 0;
        foreach (var tier in tiers)
        {
            if (t++ >= max)
                return null;
            if (Best(found, tier) is { } chosen)
                return chosen;
        }

        if (t++ >= max)
            return null;
        if (FirstInArticle(found) is { } first)
            return first;
        if (t++ >= max)
            return null;
        return FirstText(found);
    }

    private static PublicationDate? FirstInArticle(List<DateCandidate> found)
    {
        foreach (var candidate in found)
        {
            if (candidate.Source == DateSource.Text && candidate.InArticle && candidate.Kind == DateKind.Unlabelled)
                return candidate.Date;
        }

        return null;
    }

    private static PublicationDate? FirstText(List<DateCandidate> found)
    {
        foreach (var candidate in found)
        {
            if (candidate.Source == DateSource.Text && candidate.Kind == DateKind.Unlabelled)
                return candidate.Date;
        }

        return null;
    }

    /// <summary>The day of the tier's candidates that most distinct sources on the page confirm; earliest among ties.</summary>
    private static PublicationDate? Best(List<DateCandidate> found, Func<DateCandidate, bool> tier)
    {
        PublicationDate? best = null;
        var bestScore = 0;
        foreach (var candidate in found)
        {
            if (!tier(candidate))
                continue;
            var score = Support(found, candidate.Date.Date);
            if (best is not { } current || score > bestScore || (score == bestScore && candidate.Date.Date < current.Date))
            {
                best = candidate.Date;
                bestScore = score;
            }
        }

        return best is { } day ? MostPrecise(found, day) : null;
    }

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
            if (date.Date != chosen.Date || candidate.Kind == DateKind.Modified)
                continue;
            if (Precision(date) > Precision(chosen))
                chosen = date;
        }

        return chosen;
    }

    private static int Precision(PublicationDate date) => date.Offset is not null ? 2 : date.Time is not null ? 1 : 0;
}
