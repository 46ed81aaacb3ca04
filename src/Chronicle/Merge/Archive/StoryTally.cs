namespace Chronicle.Merge.Archive;

/// <summary>What a story's title counts: the actors its events involve and the kinds of event they are.</summary>
public enum StoryTallyKind
{
    Actor,
    EventKind,
}

/// <summary>How many of a story's events involve an actor, or are of a kind: running counts, added to as articles join
/// and summed when stories join, so a title never needs the whole story read back.</summary>
public readonly record struct StoryTally(StoryTallyKind Kind, string Name, int Count);

/// <summary>What a story's title is made of: its most counted actors and kinds of event (most first, ties by name) and
/// the title of its earliest article.</summary>
public sealed record StoryHead(IReadOnlyList<string> Actors, IReadOnlyList<string> EventKinds, string? EarliestTitle);
