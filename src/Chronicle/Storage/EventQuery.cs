namespace Chronicle.Storage;

/// <summary>Filters and paging for events. Each actor code must be the source or the target of the event and matches
/// codes it starts (<c>RUS</c> matches <c>RUSGOV</c> and <c>RUSMIL</c>); two actors give the events between them.</summary>
/// <param name="Cameo">A CAMEO root or code prefix (<c>04</c>, <c>042</c>).</param>
/// <param name="From">First day included: events whose time overlaps [From, To] match; undated events use their article's date.</param>
/// <param name="Status">happened, planned, hypothetical, negated, denied or question; null for all.</param>
/// <param name="Oldest">Oldest first (timelines) rather than newest first.</param>
/// <param name="Id">Only the event with this store id.</param>
/// <param name="MinSources">Only events whose merged event rests on at least this many independent sources.</param>
/// <param name="MaxSources">Only events whose merged event rests on at most this many (1: single-source claims).</param>
/// <param name="Merged">Only the mentions of this merged event, first report first.</param>
/// <param name="Story">Only the merged events this story's articles report, one row each: its first report.</param>
public sealed record EventQuery(
    IReadOnlyList<string>? Actors = null,
    string? Cameo = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Status = null,
    bool Oldest = false,
    int Offset = 0,
    int Limit = 100,
    long? Id = null,
    int? MinSources = null,
    int? MaxSources = null,
    long? Merged = null,
    long? Story = null);
