using System.Data.Common;
using Chronicle.Extraction;
using Chronicle.Ingest;
using Chronicle.Storage;
using Chronicle.Tests.Storage;

namespace Chronicle.Tests.Cli;

public sealed class IngestRunTests : TempStore
{
    [Fact]
    public async Task Run_DocumentsStoredBefore_AreCountedAsDuplicatesWithoutExtraction()
    {
        var documents = Documents(5);
        await new IngestRun(IngestTestEngine.Create(), Store, Time).RunAsync(documents, _ => { }, _ => { }, Token);
        var failures = new List<string>();

        var again = await new IngestRun(EngineThatFails(), Store, Time).RunAsync(documents, failures.Add, _ => { }, Token);

        Assert.Empty(failures);
        Assert.Equal((5, 0, 5, 0), (again.Read, again.Stored, again.Duplicates, again.Failed));
    }

    [Fact]
    public async Task Run_StoreRejectsABatch_StopsAndKeepsEarlierBatches()
    {
        var failures = new List<string>();
        await using var flaky = new StoreFailingOnSave(Store, failingCall: 2);

        var counts = await new IngestRun(IngestTestEngine.Create(), flaky, Time, batchSize: 2).RunAsync(Documents(6), failures.Add, _ => { }, Token);

        Assert.True(counts.Aborted);
        Assert.Equal((4, 2, 2), (counts.Read, counts.Stored, counts.Failed));
        Assert.Single(failures);
        Assert.Equal(2, (await Store.GetStatsAsync(Token)).Articles);
    }

    private static List<LoadedDocument> Documents(int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var content = $"Story {i}\n\n" + string.Concat(Enumerable.Repeat($"Paragraph text of story number {i} that is long enough to count as prose. ", 2));
            var provenance = new Provenance($"/in/{i}.txt", null, null, null, StoreFixtures.Sha256(content));
            return new LoadedDocument(provenance.Source, new SourceDocument(null, content, DocumentFormat.Text, provenance));
        }).ToList();

    private static ChronicleEngine EngineThatFails()
    {
        var fails = new Failing();
        return new ChronicleBuilder().UseHtmlExtractor(fails).UseTextExtractor(fails).Build();
    }

    private sealed class Failing : IArticleExtractor
    {
        public Result<Article> Extract(SourceDocument document) => Result<Article>.Fail("the extractor was called");
    }

    /// <summary>Delegates to a real store, but its Nth save throws as a full disk would.</summary>
    private sealed class StoreFailingOnSave(IChronicleStore inner, int failingCall) : IChronicleStore
    {
        private int calls;

        public Task<SaveReport> SaveAsync(IReadOnlyList<IngestedArticle> batch, CancellationToken cancellationToken = default) =>
            ++calls == failingCall ? throw new DiskFullException() : inner.SaveAsync(batch, cancellationToken);

        public Task<IReadOnlySet<string>> FindStoredAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default) =>
            inner.FindStoredAsync(sha256s, cancellationToken);

        public Task<IReadOnlyList<ArticleSummary>> QueryArticlesAsync(ArticleQuery query, CancellationToken cancellationToken = default) =>
            inner.QueryArticlesAsync(query, cancellationToken);

        public Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken = default) => inner.GetArticleAsync(id, cancellationToken);

        public Task<ArticleSpans?> GetArticleSpansAsync(long articleId, CancellationToken cancellationToken = default) =>
            inner.GetArticleSpansAsync(articleId, cancellationToken);

        public Task<IReadOnlyDictionary<string, long>> FindArticleIdsAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default) =>
            inner.FindArticleIdsAsync(sha256s, cancellationToken);

        public Task<Result<IReadOnlyList<SearchHit>>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default) =>
            inner.SearchAsync(query, limit, cancellationToken);

        public Task<IReadOnlyList<EventCount>> CountEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
            inner.CountEventsAsync(query, cancellationToken);

        public Task<IReadOnlyList<ActorRelation>> QueryRelationsAsync(string code, int top, CancellationToken cancellationToken = default) =>
            inner.QueryRelationsAsync(code, top, cancellationToken);

        public Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
            inner.QueryEventsAsync(query, cancellationToken);

        public Task<IReadOnlyList<StoredStory>> QueryStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default) =>
            inner.QueryStoriesAsync(query, cancellationToken);

        public Task<StoryReport?> GetStoryAsync(long id, CancellationToken cancellationToken = default) => inner.GetStoryAsync(id, cancellationToken);

        public Task<MergedEventReport?> GetMergedEventAsync(long eventId, CancellationToken cancellationToken = default) =>
            inner.GetMergedEventAsync(eventId, cancellationToken);

        public Task<IReadOnlyList<StoredQuote>> QueryQuotesAsync(string? speaker, int limit, CancellationToken cancellationToken = default) =>
            inner.QueryQuotesAsync(speaker, limit, cancellationToken);

        public Task<IReadOnlyList<ActorSummary>> QueryActorsAsync(int top, CancellationToken cancellationToken = default) =>
            inner.QueryActorsAsync(top, cancellationToken);

        public Task<ActorReport> GetActorAsync(string codeOrName, int limit, CancellationToken cancellationToken = default) =>
            inner.GetActorAsync(codeOrName, limit, cancellationToken);

        public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default) => inner.GetStatsAsync(cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class DiskFullException() : DbException("database or disk is full");
}
