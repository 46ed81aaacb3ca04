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

    /// <summary>A stored report as <see cref="EventMerger"/> compares it.</summary>
    Task<EventReport> ReportAsync(long eventId, CancellationToken cancellationToken);

    /// <summary>Stored dated articles indexed under one of these story keys with a date in [first, last].</summary>
    Task<IReadOnlyList<StoryCandidate>> FindStoryCandidatesAsync(IReadOnlyCollection<string> keys, DateOnly first, DateOnly last, CancellationToken cancellationToken);

    /// <summary>The weighted story features of a stored article.</summary>
    Task<Dictionary<string, double>> StoryWeightsAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>Indexes a new article under its origin group and story.</summary>
    Task AddArticleAsync(ArchivedArticle article, CancellationToken cancellationToken);

    /// <summary>Indexes a new report under its merged event.</summary>
    Task AddReportAsync(ArchivedReport report, CancellationToken cancellationToken);

    /// <summary>Moves every member of the group, event or story keyed <paramref name="from"/> to <paramref name="to"/>:
    /// running summaries (a story's size and span, tallies) are added to those of <paramref name="to"/>; other
    /// summaries of <paramref name="from"/> are forgotten, to be recomputed.</summary>
    Task RekeyAsync(MergeLevel level, long from, long to, CancellationToken cancellationToken);

    /// <summary>Adds to the tallies of a story or merged event (negative counts take back; a count that reaches zero goes).</summary>
    Task AddTalliesAsync(MergeLevel level, long root, IReadOnlyList<MergeTally> tallies, CancellationToken cancellationToken);

    /// <summary>The <paramref name="top"/> largest tallies of this kind under a story or merged event, largest first, ties by name.</summary>
    Task<IReadOnlyList<MergeTally>> TalliesAsync(MergeLevel level, long root, MergeTallyKind kind, int top, CancellationToken cancellationToken);

    /// <summary>The articles of an origin group, to name its origin.</summary>
    Task<IReadOnlyList<OriginMember>> OriginMembersAsync(long origin, CancellationToken cancellationToken);

    Task SaveOriginAsync(long origin, string? name, int articles, CancellationToken cancellationToken);

    /// <summary>The reports of the articles of these origin groups (their origin names change with the groups).</summary>
    Task<IReadOnlyList<CountedReport>> ReportsOfOriginsAsync(IReadOnlyCollection<long> origins, CancellationToken cancellationToken);

    /// <summary>Records the origin and source a report's merged event now counts it under.</summary>
    Task MarkCountedAsync(long eventId, string origin, string source, CancellationToken cancellationToken);

    Task SaveEventAsync(long mergedEvent, int mentions, int origins, IReadOnlyList<string> sources, CancellationToken cancellationToken);

    /// <summary>Adds an article of this day (null: undated) to the size and span of its story.</summary>
    Task AddToStoryAsync(long story, DateOnly? day, CancellationToken cancellationToken);

    /// <summary>The title of a stored article.</summary>
    Task<string?> ArticleTitleAsync(long articleId, CancellationToken cancellationToken);

    Task SaveStoryTitleAsync(long story, string title, CancellationToken cancellationToken);
}
