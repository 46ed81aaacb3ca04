namespace Chronicle.Merge.Archive;

/// <summary>
/// What incremental merging reads and writes in a store, inside the transaction that saves a batch. Lookups return
/// only candidates, found through indexed keys (LSH band keys, event blocks, story features by day); every decision is
/// taken by <see cref="ArchiveMerger"/>, so each backend implements storage, never merge rules.
/// </summary>
public interface IMergeArchive
{
    /// <summary>Stored articles that share at least one of these LSH band keys.</summary>
    Task<IReadOnlyList<CopyCandidate>> FindCopyCandidatesAsync(IReadOnlyList<long> bandKeys, CancellationToken cancellationToken);

    /// <summary>Stored reports of this block whose window, widened by <paramref name="slackDays"/>, meets [first, last].</summary>
    Task<IReadOnlyList<ReportCandidate>> FindReportCandidatesAsync(string block, TimeWindow window, int slackDays, CancellationToken cancellationToken);

    /// <summary>Stored dated articles that have one of these story features and a date in [first, last].</summary>
    Task<IReadOnlyList<StoryCandidate>> FindStoryCandidatesAsync(IReadOnlyCollection<string> features, DateOnly first, DateOnly last, CancellationToken cancellationToken);

    /// <summary>Indexes a new article under its origin group and story.</summary>
    Task AddArticleAsync(ArchivedArticle article, CancellationToken cancellationToken);

    /// <summary>Indexes a new report under its merged event.</summary>
    Task AddReportAsync(ArchivedReport report, CancellationToken cancellationToken);

    /// <summary>Moves every member of the group, event or story keyed <paramref name="from"/> to <paramref name="to"/> and forgets the summary of <paramref name="from"/>.</summary>
    Task RekeyAsync(MergeLevel level, long from, long to, CancellationToken cancellationToken);

    /// <summary>The articles of an origin group, to name its origin.</summary>
    Task<IReadOnlyList<OriginMember>> OriginMembersAsync(long origin, CancellationToken cancellationToken);

    Task SaveOriginAsync(long origin, string? name, int articles, CancellationToken cancellationToken);

    /// <summary>The merged events that articles of these origin groups report (their counts change with the groups).</summary>
    Task<IReadOnlyList<long>> EventsOfOriginsAsync(IReadOnlyCollection<long> origins, CancellationToken cancellationToken);

    /// <summary>The reports of a merged event, each with its article's origin group and that group's origin name.</summary>
    Task<IReadOnlyList<MemberReport>> ReportsOfEventAsync(long mergedEvent, CancellationToken cancellationToken);

    Task SaveEventAsync(long mergedEvent, MergedEvent summary, CancellationToken cancellationToken);

    /// <summary>What a story's title and span are made of: its articles and the events they report.</summary>
    Task<StoryMaterial> StoryMaterialAsync(long story, CancellationToken cancellationToken);

    Task SaveStoryAsync(long story, StorySummary summary, CancellationToken cancellationToken);
}
