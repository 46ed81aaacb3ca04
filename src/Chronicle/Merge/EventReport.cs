namespace Chronicle.Merge;

/// <summary>One report of an event (a mention) as event merging reads it.</summary>
/// <param name="Id">The mention's id (unique across the archive).</param>
/// <param name="Article">The reporting article's key.</param>
/// <param name="Origin">The article's origin group (syndicated copies share one).</param>
/// <param name="Published">When the reporting article appeared (orders reports; the first report is the earliest).</param>
/// <param name="Source">Acting actor code (<c>RUSGOV</c>), or null.</param>
/// <param name="Target">Actor acted upon, or null.</param>
/// <param name="Cameo">CAMEO code, two to four digits.</param>
/// <param name="When">The event's resolved time (ISO day, month, year, week or a start/end range), or null.</param>
/// <param name="Location">Where it happened, or null.</param>
/// <param name="ReportedBy">Whom the article cites for it (<c>KORGOV</c> for "Seoul said"), or null when the outlet itself reports it.</param>
/// <param name="Status">happened, planned, hypothetical, negated, denied…: reports of a plan never merge with reports of the deed.</param>
public sealed record EventReport(
    string Id,
    string Article,
    string Origin,
    DateTimeOffset Published,
    string? Source,
    string? Target,
    string Cameo,
    string? When,
    string? Location,
    string? ReportedBy,
    string Status = "happened")
{
    /// <summary>How far back a happening can lie and still be the news of the report rather than its background.</summary>
    public const int NewsDays = 7;

    /// <summary>Whether the report tells the happening as news: it took place (or, as told, failed to: "the summit ended
    /// without an agreement"), in the days up to the article (an undated one is dated by the article). "They last met in
    /// April 2019" in a 2023 article is background and a plan is not a happening: neither makes two articles reports of
    /// the same event.</summary>
    public bool IsNews
    {
        get
        {
            if (Status is not ("happened" or "negated"))
                return false;
            if (!TimeWindow.TryParse(When, out var window))
                return true;
            var published = DateOnly.FromDateTime(Published.UtcDateTime);
            return window.Meets(new TimeWindow(published.AddDays(-NewsDays), published), 1);
        }
    }
}
