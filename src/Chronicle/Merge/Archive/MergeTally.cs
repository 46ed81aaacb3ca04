namespace Chronicle.Merge.Archive;

/// <summary>What merging counts per story or merged event: a story's actors and kinds of event (its title), a merged
/// event's origins and independent sources (its confirmations).</summary>
public enum MergeTallyKind
{
    Actor,
    EventKind,
    Origin,
    Source,
}

/// <summary>A running count under a story or merged event: added to as members join (a negative count takes back what
/// was counted before), summed when two join, so a summary never needs the whole story or event read back.</summary>
public readonly record struct MergeTally(MergeTallyKind Kind, string Name, int Count)
{
    /// <summary>The net count of each kind and name; those that cancel out are left out.</summary>
    public static IReadOnlyList<MergeTally> Sum(IEnumerable<MergeTally> tallies) =>
        tallies.GroupBy(t => (t.Kind, t.Name))
            .Select(g => new MergeTally(g.Key.Kind, g.Key.Name, g.Sum(t => t.Count)))
            .Where(t => t.Count != 0)
            .ToList();
}

/// <summary>What a story's title is made of: its most counted actors and kinds of event (most first, ties by name) and
/// the title of its earliest article.</summary>
public sealed record StoryHead(IReadOnlyList<string> Actors, IReadOnlyList<string> EventKinds, string? EarliestTitle);

/// <summary>A stored report whose origin may have been renamed, with the origin and source its merged event counts it
/// under (null: not counted yet) and what they are now: its origin group's key and name, and whom it cites.</summary>
public sealed record CountedReport(long EventId, long Event, string? CountedOrigin, string? CountedSource, string OriginKey, string? OriginName, string? ReportedBy);
