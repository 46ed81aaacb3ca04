using Chronicle.Cli.Ingesting;
using Chronicle.Ingest;
using Chronicle.Storage;
using Chronicle.Storage.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Chronicle.Tests.Merge;

/// <summary>Merging as ingest keeps it in the store, over samples/ and the real engine: the syndicated wire story is one
/// origin, and groups, merged events and stories do not depend on the order or batching of the documents.</summary>
public sealed class MergeOnIngestTests : IDisposable
{
    private const string WireLead = "North Korea has sent 1,500 special forces troops to Russia's Far East for training and acclimatisation";

    private static readonly Lazy<List<LoadedDocument>> Samples = new(() =>
    {
        using var loader = new DocumentLoader();
        return loader.LoadWithSources([RepoPaths.Samples]).ToList();
    });

    private static readonly Lazy<ChronicleEngine> Engine = new(() => new ChronicleBuilder().Build());

    private readonly TempFolder folder = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task WireStory_ThreeOutlets_AreOneOriginAndNeverExtraConfirmations()
    {
        await using var store = await IngestAsync("all.db", Samples.Value, batchSize: 500);
        var copies = new HashSet<long>();
        foreach (var summary in await store.QueryArticlesAsync(new ArticleQuery(Limit: 1000), Token))
        {
            if ((await store.GetArticleAsync(summary.Id, Token))!.Article.Body.Contains(WireLead, StringComparison.Ordinal))
                copies.Add(summary.Id);
        }

        Assert.Equal(3, copies.Count);
        var shared = new List<MergedEventReport>();
        foreach (var mention in await store.QueryEventsAsync(new EventQuery(Limit: 10_000), Token))
        {
            if (copies.Contains(mention.ArticleId))
            {
                var merged = (await store.GetMergedEventAsync(mention.Id, Token))!;
                // The copies that report an event are one origin group, named after the credited agency.
                var origin = Assert.Single(merged.Origins, o => o.Articles.Any(copies.Contains));
                Assert.Equal("Reuters", origin.Name);
                Assert.True(merged.Origins.Count <= merged.Mentions.Select(m => m.ArticleId).Except(copies).Count() + 1);
                if (merged.Mentions.All(m => copies.Contains(m.ArticleId)) && merged.Mentions.Select(m => m.ArticleId).Distinct().Count() == 3)
                    shared.Add(merged);
            }
        }

        Assert.NotEmpty(shared);
        Assert.All(shared, merged =>
        {
            Assert.Equal(3, merged.Mentions.Count);
            Assert.Single(merged.Origins);
            Assert.Single(merged.Sources);
            Assert.Equal(merged.Id, merged.FirstReport.Id);
            Assert.Equal(1, merged.FirstReport.Sources);
        });
    }

    [Fact]
    public async Task Samples_AnyOrderOrBatching_GiveTheSameGroupsEventsAndStories()
    {
        var documents = Samples.Value;
        var runs = new (string Name, IReadOnlyList<LoadedDocument> Order, int Batch)[]
        {
            ("all", documents, 500),
            ("one-by-one", documents, 1),
            ("shuffled-7", Shuffled(documents, 7), 3),
            ("shuffled-2025", Shuffled(documents, 2025), 1),
        };

        var snapshots = new List<Snapshot>();
        foreach (var (name, order, batch) in runs)
        {
            await using var store = await IngestAsync(name + ".db", order, batch);
            snapshots.Add(await SnapshotAsync(store.Path));
        }

        Assert.Contains(snapshots[0].Groups, g => g.Split(' ').Length > 2);
        Assert.Contains(snapshots[0].Events, e => e.StartsWith("mentions=3 ", StringComparison.Ordinal));
        Assert.Contains(snapshots[0].Stories, s => s.Split(' ').Length > 2);
        foreach (var other in snapshots.Skip(1))
        {
            Assert.Equal(snapshots[0].Groups, other.Groups);
            Assert.Equal(snapshots[0].Events, other.Events);
            Assert.Equal(snapshots[0].Stories, other.Stories);
        }
    }

    [Fact]
    public async Task TallyMigration_OnAStoreMergedWithoutTallies_CountsWhatIngestCounts()
    {
        string path;
        await using (var store = await IngestAsync("tallies.db", Samples.Value, batchSize: 500))
            path = store.Path;
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);
        const string Counted = """
            SELECT 'tally ' || level || ' ' || root_id || ' ' || kind || ' ' || name || ' ' || count FROM merge_tallies
            UNION ALL
            SELECT 'report ' || event_id || ' ' || counted_origin || ' ' || counted_source FROM event_merge
            """;
        var ingested = await SetAsync(connection, Counted);

        // Back to the schema before the migration, with what merging stored then; the migration must count the same.
        var migration = Assert.Single(SqliteMigration.All, m => m.Name == "merge_tallies");
        await ExecuteAsync(connection, """
            DROP TABLE merge_tallies;
            ALTER TABLE event_merge DROP COLUMN counted_origin;
            ALTER TABLE event_merge DROP COLUMN counted_source;
            DROP INDEX event_merge_block_start;
            DROP INDEX event_merge_block_long;
            CREATE INDEX event_merge_block ON event_merge (block, last_day) WHERE block IS NOT NULL;
            """);
        await ExecuteAsync(connection, migration.Sql);

        Assert.Contains(ingested, row => row.StartsWith("tally 2 ", StringComparison.Ordinal));
        Assert.Contains(ingested, row => row.StartsWith("tally 1 ", StringComparison.Ordinal));
        Assert.Equal(ingested, await SetAsync(connection, Counted));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }

    private async Task<SqliteChronicleStore> IngestAsync(string name, IReadOnlyList<LoadedDocument> documents, int batchSize)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var store = (await SqliteChronicleStore.OpenAsync(folder.File(name), time, Token)).Value!;
        var failures = new List<string>();
        await new IngestRun(Engine.Value, store, time, batchSize).RunAsync(documents, failures.Add, _ => { }, Token);
        Assert.Empty(failures);
        return store;
    }

    private static List<LoadedDocument> Shuffled(IReadOnlyList<LoadedDocument> documents, int seed)
    {
        var copy = documents.ToArray();
        new Random(seed).Shuffle(copy);
        return [.. copy];
    }

    /// <summary>Groups, merged events and stories by content: member document hashes and report keys, never store ids.</summary>
    private static async Task<Snapshot> SnapshotAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Token);
        var groups = await SetAsync(connection, """
            SELECT coalesce(g.origin, '-') || ' ' || group_concat(a.sha256, ' ')
            FROM (SELECT m.origin_id, m.article_id FROM merge_articles m JOIN articles x ON x.id = m.article_id ORDER BY x.sha256) m
            JOIN articles a ON a.id = m.article_id JOIN origin_groups g ON g.id = m.origin_id
            GROUP BY m.origin_id
            """);
        var events = await SetAsync(connection, """
            SELECT 'mentions=' || me.mentions || ' origins=' || me.origins || ' sources=' || me.source_list || ' ' || group_concat(m.report_key, ' ')
            FROM (SELECT * FROM event_merge ORDER BY report_key) m JOIN merged_events me ON me.id = m.merged_id
            GROUP BY m.merged_id
            """);
        var stories = await SetAsync(connection, """
            SELECT s.title || '|' || coalesce(s.first_day, '') || '|' || coalesce(s.last_day, '') || ' ' || group_concat(a.sha256, ' ')
            FROM (SELECT m.story_id, m.article_id FROM merge_articles m JOIN articles x ON x.id = m.article_id ORDER BY x.sha256) m
            JOIN articles a ON a.id = m.article_id JOIN stories s ON s.id = m.story_id
            GROUP BY m.story_id
            """);
        return new Snapshot(groups, events, stories);
    }

    private static async Task<SortedSet<string>> SetAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Token);
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(Token))
            rows.Add(reader.GetString(0));
        return rows;
    }

    private sealed record Snapshot(SortedSet<string> Groups, SortedSet<string> Events, SortedSet<string> Stories);
}
