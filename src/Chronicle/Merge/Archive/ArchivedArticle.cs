namespace Chronicle.Merge.Archive;

/// <summary>What the index keeps of an article: its shingles and LSH band keys (copies), its story features and date
/// (stories), and the roots of the group and story it belongs to.</summary>
/// <param name="CopyOrder">Its place in the content order of origin groups (its document hash).</param>
/// <param name="StoryOrder">Its place in the content order of stories (date, then hash).</param>
/// <param name="Date">Its publication day; undated articles open a story of their own and are never story candidates.</param>
/// <param name="StoryKeys">The story features it is indexed under (its key terms).</param>
public sealed record ArchivedArticle(
    long ArticleId,
    string CopyOrder,
    IReadOnlyList<long> BandKeys,
    uint[] Shingles,
    long Origin,
    string StoryOrder,
    DateOnly? Date,
    IReadOnlyDictionary<string, double> StoryWeights,
    IReadOnlyList<string> StoryKeys,
    long Story);

/// <summary>What the index keeps of a report: its block and window (null when it cannot be compared: no actors' block
/// or no time), its place in the content order of reports and the root of its merged event.</summary>
public sealed record ArchivedReport(long EventId, long ArticleId, string Key, string? Block, TimeWindow? Window, DateTimeOffset Published, string Order, long Event);
