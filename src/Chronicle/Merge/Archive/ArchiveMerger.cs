using System.Globalization;
using Chronicle.Events;

namespace Chronicle.Merge.Archive;

/// <summary>
/// Merges newly stored articles into an archive, one at a time: each article joins the origin group of the copies it
/// is verified against, each of its events joins the merged event of the reports it matches, and the article joins
/// the story of the articles it is linked to — or opens its own. Only candidates found through indexed keys are read,
/// never the whole archive. Every link is decided from the pair alone, groups are connected components and every key is
/// the first member in a content order, so the archive ends the same whatever the order or batching of articles.
/// Stories keep running summaries (size, span, the tallies their titles count), so a story is never read back whole;
/// origin names and event counts are recomputed for what the batch touched.
/// </summary>
public sealed class ArchiveMerger(NearDuplicateOptions? copyOptions = null, StoryOptions? storyOptions = null)
{
    // Used for their decisions only (fingerprints, band keys, pair tests); their in-memory indexes stay empty.
    private readonly NearDuplicateIndex copies = new(copyOptions);
    private readonly StoryClusterer stories = new(storyOptions);

    public async Task MergeAsync(IMergeArchive archive, IReadOnlyList<MergeInput> batch, CancellationToken cancellationToken)
    {
        var touched = new Touched();
        foreach (var input in batch)
            await MergeAsync(archive, input, touched, cancellationToken);
        await SummariseAsync(archive, touched, cancellationToken);
    }

    private async Task MergeAsync(IMergeArchive archive, MergeInput input, Touched touched, CancellationToken cancellationToken)
    {
        var fingerprint = copies.Fingerprint(input.Sha256, input.Article.Body);
        var bandKeys = copies.BandKeys(fingerprint).Select(key => unchecked((long)key)).ToArray();
        var copiesOf = bandKeys.Length == 0 ? [] : await archive.FindCopyCandidatesAsync(bandKeys, cancellationToken);
        var origin = await JoinAsync(
            archive, MergeLevel.Origin, new MergeRoot(input.ArticleId, input.Sha256),
            copiesOf.Where(c => copies.AreCopies(fingerprint.Shingles, c.Shingles)).Select(c => c.Origin), touched.Origins, cancellationToken);

        var date = input.Article.Published?.Date;
        var storyOrder = StoryOrder(date, input.Sha256);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        IReadOnlyList<string> keys = [];
        var linkedStories = new List<MergeRoot>();
        if (date is { } day)
        {
            var description = stories.Describe(StoryTerms.Input(input.Sha256, day, input.Article, input.Analysis));
            (weights, keys) = (description.Weights, description.Keys);
            var reach = stories.ReachDays;
            var candidates = keys.Count == 0 ? [] : await archive.FindStoryCandidatesAsync(keys, day.AddDays(-reach), day.AddDays(reach), cancellationToken);

            // One link to a story is enough to join it: its other members are not compared (nor read).
            foreach (var members in candidates.GroupBy(c => c.Story))
            {
                foreach (var candidate in members)
                {
                    var other = stories.Describe(candidate.Sha256, candidate.Date, await archive.StoryWeightsAsync(candidate.ArticleId, cancellationToken));
                    if (stories.Linked(description, other))
                    {
                        linkedStories.Add(members.Key);
                        break;
                    }
                }
            }
        }

        var story = await JoinAsync(archive, MergeLevel.Story, new MergeRoot(input.ArticleId, storyOrder), linkedStories, touched.Stories, cancellationToken);
        await archive.AddArticleAsync(
            new ArchivedArticle(input.ArticleId, input.Sha256, bandKeys, fingerprint.Shingles, origin, storyOrder, date, weights, keys, story),
            cancellationToken);
        await archive.AddToStoryAsync(story, date, cancellationToken);
        await archive.AddTalliesAsync(MergeLevel.Story, story, StoryTitle.Tallies(input.Analysis?.Events ?? []), cancellationToken);

        var events = input.Analysis?.Events ?? [];
        for (var i = 0; i < events.Count; i++)
            await MergeReportAsync(archive, input, events[i], i, touched, cancellationToken);
    }

    private static async Task MergeReportAsync(IMergeArchive archive, MergeInput input, CodedEvent coded, int ordinal, Touched touched, CancellationToken cancellationToken)
    {
        var published = Published(input);
        var report = new EventReport(
            $"{input.Sha256}#{ordinal.ToString(CultureInfo.InvariantCulture)}", input.Sha256, input.Sha256, published,
            coded.Source, coded.Target, coded.Cameo.Code, coded.Date, coded.Location, coded.ReportedBy, StatusNames.Name(coded.Status));

        // An undated event of an undated article could be about any day: it stays an event of its own.
        var comparable = input.Article.Published is not null || TimeWindow.TryParse(coded.Date, out _);
        var block = comparable ? EventMerger.BlockKey(report) : null;
        TimeWindow? window = comparable ? EventMerger.Window(report) : null;
        var order = published.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) + "|" + report.Id;
        var linked = new List<MergeRoot>();
        if (block is not null)
        {
            // One matching report is enough to join an event: its other reports are not compared (nor read).
            foreach (var reports in (await archive.FindReportCandidatesAsync(block, window!.Value, EventMerger.SlackDays, cancellationToken)).GroupBy(c => c.Event))
            {
                foreach (var candidate in reports)
                {
                    if (EventMerger.SameEvent(report, await archive.ReportAsync(candidate.EventId, cancellationToken)))
                    {
                        linked.Add(reports.Key);
                        break;
                    }
                }
            }
        }

        var eventId = input.EventIds[ordinal];
        var merged = await JoinAsync(archive, MergeLevel.Event, new MergeRoot(eventId, order), linked, touched.Events, cancellationToken);
        await archive.AddReportAsync(new ArchivedReport(eventId, input.ArticleId, report.Id, block, window, published, order, merged), cancellationToken);
    }

    /// <summary>Joins a new member to the groups it is linked to; when it links several, they become one, keyed by the first root.</summary>
    private static async Task<long> JoinAsync(
        IMergeArchive archive, MergeLevel level, MergeRoot self, IEnumerable<MergeRoot> linked, SortedSet<long> touched, CancellationToken cancellationToken)
    {
        var roots = linked.DistinctBy(r => r.Id).ToList();
        var root = MergeRoot.First(self, roots);
        foreach (var other in roots.Where(r => r.Id != root.Id))
        {
            await archive.RekeyAsync(level, other.Id, root.Id, cancellationToken);
            touched.Remove(other.Id);
        }

        touched.Add(root.Id);
        return root.Id;
    }

    private static async Task SummariseAsync(IMergeArchive archive, Touched touched, CancellationToken cancellationToken)
    {
        foreach (var origin in touched.Origins)
        {
            var members = await archive.OriginMembersAsync(origin, cancellationToken);
            await archive.SaveOriginAsync(origin, OriginResolver.Resolve(members), members.Count, cancellationToken);
        }

        // A report is counted under its origin's name and its source; new reports are not counted yet, and the names
        // of the groups the batch touched may have changed. Only those groups' reports are read, never a whole event.
        var events = new SortedSet<long>(touched.Events);
        foreach (var report in touched.Origins.Count == 0 ? [] : await archive.ReportsOfOriginsAsync(touched.Origins, cancellationToken))
        {
            var origin = report.OriginName ?? Unnamed(report.OriginKey);
            var source = report.ReportedBy ?? origin;
            if (origin == report.CountedOrigin && source == report.CountedSource)
                continue;
            var change = new List<MergeTally> { new(MergeTallyKind.Origin, origin, 1), new(MergeTallyKind.Source, source, 1) };
            if (report.CountedOrigin is { } counted)
                change.Add(new MergeTally(MergeTallyKind.Origin, counted, -1));
            if (report.CountedSource is { } countedSource)
                change.Add(new MergeTally(MergeTallyKind.Source, countedSource, -1));
            await archive.AddTalliesAsync(MergeLevel.Event, report.Event, MergeTally.Sum(change), cancellationToken);
            await archive.MarkCountedAsync(report.EventId, origin, source, cancellationToken);
            events.Add(report.Event);
        }

        foreach (var merged in events)
        {
            var origins = await archive.TalliesAsync(MergeLevel.Event, merged, MergeTallyKind.Origin, int.MaxValue, cancellationToken);
            var sources = await archive.TalliesAsync(MergeLevel.Event, merged, MergeTallyKind.Source, int.MaxValue, cancellationToken);
            if (origins.Count > 0)
                await archive.SaveEventAsync(merged, origins.Sum(o => o.Count), origins.Count, sources.Select(s => s.Name).Order(StringComparer.Ordinal).ToList(), cancellationToken);
        }

        foreach (var story in touched.Stories)
        {
            var actors = await archive.TalliesAsync(MergeLevel.Story, story, MergeTallyKind.Actor, StoryTitle.Top, cancellationToken);
            var kinds = await archive.TalliesAsync(MergeLevel.Story, story, MergeTallyKind.EventKind, StoryTitle.Top, cancellationToken);
            var head = new StoryHead(actors.Select(a => a.Name).ToList(), kinds.Select(k => k.Name).ToList(), await archive.ArticleTitleAsync(story, cancellationToken));
            await archive.SaveStoryTitleAsync(story, StoryTitle.Generate(head), cancellationToken);
        }
    }

    /// <summary>A group that credits no agency and names no outlet is told apart by its first document's hash.</summary>
    private static string Unnamed(string originKey) => "document " + originKey[..Math.Min(12, originKey.Length)];

    /// <summary>Stories order articles by day, then hash; undated ones sort last.</summary>
    private static string StoryOrder(DateOnly? date, string sha256) =>
        (date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "~") + "|" + sha256;

    /// <summary>When the article appeared, as reports are ordered: its day, time and zone as far as known; undated last.</summary>
    private static DateTimeOffset Published(MergeInput input) =>
        input.Article.Published is { } p
            ? new DateTimeOffset(p.Date.ToDateTime(p.Time ?? TimeOnly.MinValue), p.Offset ?? TimeSpan.Zero)
            : DateTimeOffset.MaxValue;

    /// <summary>The roots whose summaries the batch changed, in id order so that writes are deterministic too.</summary>
    private sealed class Touched
    {
        public SortedSet<long> Origins { get; } = [];

        public SortedSet<long> Events { get; } = [];

        public SortedSet<long> Stories { get; } = [];
    }
}
