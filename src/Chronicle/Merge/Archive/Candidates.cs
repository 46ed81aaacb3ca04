namespace Chronicle.Merge.Archive;

/// <summary>A stored article that shares an LSH band with a new one: its shingles verify the pair, its group is joined if they match.</summary>
public sealed record CopyCandidate(long ArticleId, uint[] Shingles, MergeRoot Origin);

/// <summary>A stored report in the same block and time as a new one, with the merged event it belongs to; the report
/// itself is read only if no other report of that event matches first.</summary>
public sealed record ReportCandidate(long EventId, MergeRoot Event);

/// <summary>A stored article that shares a story key with a new one inside the reach of a story link, with its story;
/// its features are read only if no other member of that story links first.</summary>
public sealed record StoryCandidate(long ArticleId, string Sha256, DateOnly Date, MergeRoot Story);
