namespace Chronicle.Storage;

/// <summary>Filters and paging for events. Each actor code must be the source or the target of the event and matches
/// codes it starts (<c>RUS</c> matches <c>RUSGOV</c> and <c>RUSMIL</c>); two actors give the events between them.</summary>
/// <remarks>Every filter is optional and ANDed with the others.</remarks>
/// <param name="Cameo">A CAMEO root or code prefix (<c>04</c>, <c>042</c>).</param>
/// <param name="From">First day included: events whose time overlaps [From, To] match; undated events use their article's date.</param>
/// <param name="Status">happened, planned, hypothetical, negated, denied or question; null for all.</param>
/// <param name="Oldest">Oldest first (timelines) rather than newest first.</param>
/// <param name="Id">Only the event with this store id.</param>
/// <param name="MinSources">Only events whose merged event rests on at least this many independent sources.</param>
/// <param name="MaxSources">Only events whose merged event rests on at most this many (1: single-source claims).</param>
/// <param name="Merged">Only the mentions of this merged event, first report first.</param>
/// <param name="Story">Only the merged events this story's articles report, one row each: its first report.</param>
/// <param name="Plover">A PLOVER event type (<c>CONSULT</c>, <c>ASSAULT</c>), any case.</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="ArticleId">Only the events of this article.</param>
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
    long? Story = null,
    string? Plover = null,
    int? QuadClass = null,
    long? ArticleId = null)
{
    /// <summary>An actor code or its start as a filter takes it: 3 to 15 ASCII letters or digits (<c>RUS</c>, <c>PRKGOV</c>).</summary>
    public static bool IsActorFilter(string code) => code.Length is >= 3 and <= 15 && code.All(char.IsAsciiLetterOrDigit);

    /// <summary>A CAMEO root or code prefix as a filter takes it: two to four digits.</summary>
    public static bool IsCameoFilter(string code) => code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit);
}
