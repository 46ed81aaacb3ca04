using System.Globalization;
using System.Text.Json;
using Chronicle.Ingest.Watch;
using Chronicle.Merge.Archive;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, migrated to the newest schema when opened. Each operation takes a
/// pooled connection of its own, so one instance can serve several threads; SQLite serialises the writers.
/// </summary>
public sealed class SqliteChronicleStore : IChronicleStore, IFeedStateStore
{
    // SQLITE_NOTADB and SQLITE_CANTOPEN: the user pointed --db at something that is not (or cannot be) a database.
    private static readonly int[] UserErrorCodes = [14, 26];

    private readonly string connectionString;
    private readonly TimeProvider time;
    private readonly ArchiveMerger merger = new();

    private SqliteChronicleStore(string path, string connectionString, TimeProvider time)
    {
        Path = path;
        this.connectionString = connectionString;
        this.time = time;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating the file and its folder if needed) and migrates the database at <paramref name="path"/>.</summary>
    public static Task<Result<SqliteChronicleStore>> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken = default) =>
        OpenAsync(path, time, SqliteMigration.All, cancellationToken);

    internal static async Task<Result<SqliteChronicleStore>> OpenAsync(string path, TimeProvider time, IReadOnlyList<SqliteMigration> migrations, CancellationToken cancellationToken)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        try
        {
            if (System.IO.Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
                Directory.CreateDirectory(folder);
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = fullPath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
                DefaultTimeout = 60,
            }.ToString();
            var store = new SqliteChronicleStore(fullPath, connectionString, time);
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            await using (var wal = connection.CreateCommand())
            {
                // Persistent in the file: readers never block the ingest writer.
                wal.CommandText = "PRAGMA journal_mode = WAL";
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

            var migrated = await SchemaMigrator.MigrateAsync(connection, time, migrations, cancellationToken);
            if (!migrated.IsSuccess)
            {
                await store.DisposeAsync();
                return Result<SqliteChronicleStore>.Fail($"{fullPath}: {migrated.Error}");
            }

            return store;
        }
        catch (SqliteException e) when (UserErrorCodes.Contains(e.SqliteErrorCode))
        {
            return Result<SqliteChronicleStore>.Fail($"{fullPath}: not a usable SQLite database ({e.Message.TrimEnd('.')})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<SqliteChronicleStore>.Fail($"{fullPath}: {e.Message}");
        }
    }

    /// <summary>The schema version of the file, for diagnostics and tests.</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await SchemaMigrator.CurrentVersionAsync(connection, null, cancellationToken);
    }

    public async Task<SaveReport> SaveAsync(IReadOnlyList<IngestedArticle> batch, CancellationToken cancellationToken = default)
    {
        if (batch.Count == 0)
            return default;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var insert = ArticleInsert.Prepare(connection, transaction);
        using var analysis = AnalysisInsert.Prepare(connection, transaction);
        var stored = time.GetUtcNow();
        var report = default(SaveReport);
        var added = new List<MergeInput>(batch.Count);
        foreach (var item in batch)
        {
            var id = await insert.ExecuteAsync(item, stored, cancellationToken);
            if (id is null)
            {
                report += new SaveReport(0, 1);
                continue;
            }

            var eventIds = item.Analysis is { } read ? await analysis.ExecuteAsync(id.Value, read, item.Article.Published?.Date, cancellationToken) : [];
            added.Add(new MergeInput(id.Value, item.Provenance.Sha256, item.Article, item.Analysis, eventIds));
            report += new SaveReport(1, 0);
        }

        // Merging runs in the same transaction: a batch is stored with its groups, events and stories, or not at all.
        using (var archive = new SqliteMergeArchive(connection, transaction))
            await merger.MergeAsync(archive, added, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    public async Task<IReadOnlySet<string>> FindStoredAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default) =>
        (await FindArticleIdsAsync(sha256s, cancellationToken)).Keys.ToHashSet(StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, long>> FindArticleIdsAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default)
    {
        if (sha256s.Count == 0)
            return new Dictionary<string, long>();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // One JSON array parameter instead of an IN list: any number of hashes, one prepared statement shape.
        command.CommandText = "SELECT sha256, id FROM articles WHERE sha256 IN (SELECT value FROM json_each($hashes))";
        command.Parameters.AddWithValue("$hashes", JsonSerializer.Serialize(sha256s));
        return (await ReadAllAsync(command, row => (Hash: row.GetString(0), Id: row.GetInt64(1)), cancellationToken))
            .ToDictionary(row => row.Hash, row => row.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<ArticleSummary>> QueryArticlesAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        if (query.Outlet is { } outlet)
        {
            where.Add("a.outlet = $outlet COLLATE NOCASE");
            command.Parameters.AddWithValue("$outlet", outlet);
        }

        if (query.Agency is { } agency)
        {
            where.Add("EXISTS (SELECT 1 FROM article_agencies g WHERE g.article_id = a.id AND g.agency = $agency COLLATE NOCASE)");
            command.Parameters.AddWithValue("$agency", agency);
        }

        if (query.From is { } from)
        {
            where.Add("a.published_date >= $from");
            command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.To is { } to)
        {
            where.Add("a.published_date <= $to");
            command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        command.CommandText = $"""
            SELECT {ArticleColumns.Summary}
            FROM articles a
            {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
            ORDER BY a.published_date IS NULL, a.published_date DESC, a.published_time DESC, a.id DESC
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", Math.Max(0, query.Limit));
        command.Parameters.AddWithValue("$offset", Math.Max(0, query.Offset));
        return await ReadAllAsync(command, ArticleColumns.ReadSummary, cancellationToken);
    }

    public async Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleColumns.Summary}, {ArticleColumns.Detail} FROM articles a WHERE a.id = $id";
        command.Parameters.AddWithValue("$id", id);
        var rows = await ReadAllAsync(command, ArticleColumns.ReadStored, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<ArticleSpans?> GetArticleSpansAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await SpanSelect.ReadAsync(connection, articleId, cancellationToken);
    }

    public async Task<Result<IReadOnlyList<SearchHit>>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        var match = FtsQuery.Build(query);
        if (!match.IsSuccess)
            return Result<IReadOnlyList<SearchHit>>.Fail(match.Error!);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // bm25 is lower for better matches; a hit in the title weighs ten times one in the body.
        command.CommandText = $"""
            SELECT {ArticleColumns.Summary},
                snippet(articles_fts, -1, $open, $close, '…', 16),
                bm25(articles_fts, 10.0, 1.0) AS rank
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH $match
            ORDER BY rank, a.id
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$open", SearchHit.HighlightStart);
        command.Parameters.AddWithValue("$close", SearchHit.HighlightEnd);
        command.Parameters.AddWithValue("$match", match.Value!);
        command.Parameters.AddWithValue("$limit", Math.Max(0, limit));
        var hits = await ReadAllAsync(
            command,
            row => new SearchHit(ArticleColumns.ReadSummary(row), row.GetString(ArticleColumns.SummaryCount), -row.GetDouble(ArticleColumns.SummaryCount + 1)),
            cancellationToken);
        return Result<IReadOnlyList<SearchHit>>.Ok(hits);
    }

    public async Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await MergeSelect.EventsAsync(connection, query, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredStory>> QueryStoriesAsync(StoryQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await MergeSelect.StoriesAsync(connection, query, cancellationToken);
    }

    public async Task<StoryReport?> GetStoryAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await MergeSelect.StoryAsync(connection, id, cancellationToken);
    }

    public async Task<MergedEventReport?> GetMergedEventAsync(long eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await MergeSelect.MergedEventAsync(connection, eventId, cancellationToken);
    }

    public async Task<IReadOnlyList<EventCount>> CountEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = EventSelect.Count(connection, query);
        return await ReadAllAsync(command, row => new EventCount(row.GetString(0), row.GetInt32(1), row.GetInt32(2)), cancellationToken);
    }

    public async Task<IReadOnlyList<ActorRelation>> QueryRelationsAsync(string code, int top, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = EventSelect.Relations(connection, code, top);
        return await ReadAllAsync(command, EventSelect.ReadRelation, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredQuote>> QueryQuotesAsync(string? speaker, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT q.article_id, a.title, a.outlet, a.published_date, q.text, q.speaker, q.speaker_code, q.via, q.span_start, q.span_end
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE $speaker IS NULL OR instr(lower(q.speaker), lower($speaker)) > 0 OR q.speaker_code LIKE $code ESCAPE '\'
            ORDER BY a.published_date DESC, q.article_id DESC, q.ordinal
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$speaker", (object?)speaker ?? DBNull.Value);
        command.Parameters.AddWithValue("$code", speaker is null ? DBNull.Value : EventSelect.Like(speaker));
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var quotes = new List<StoredQuote>();
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            quotes.Add(new StoredQuote(reader.GetInt64(0), Text(1), Text(2), Text(3), reader.GetString(4), Text(5), Text(6), Text(7), reader.GetInt32(8), reader.GetInt32(9)));
        }

        return quotes;
    }

    public async Task<IReadOnlyList<ActorSummary>> QueryActorsAsync(int top, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await ActorSelect.TopAsync(connection, top, cancellationToken);
    }

    public async Task<ActorReport> GetActorAsync(string codeOrName, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await ActorSelect.OneAsync(connection, codeOrName.Trim(), limit, cancellationToken);
    }

    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var totals = connection.CreateCommand();
        totals.CommandText = "SELECT count(*), count(*) - count(published_date), min(published_date), max(published_date) FROM articles";
        var (articles, undated, first, last) = (0, 0, (DateOnly?)null, (DateOnly?)null);
        await using (var row = await totals.ExecuteReaderAsync(cancellationToken))
        {
            await row.ReadAsync(cancellationToken);
            articles = row.GetInt32(0);
            undated = row.GetInt32(1);
            first = row.IsDBNull(2) ? null : DateOnly.ParseExact(row.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            last = row.IsDBNull(3) ? null : DateOnly.ParseExact(row.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        await using var outlets = connection.CreateCommand();
        outlets.CommandText = "SELECT coalesce(outlet, ''), count(*) AS n FROM articles GROUP BY outlet COLLATE NOCASE ORDER BY n DESC, 1";
        var byOutlet = await ReadAllAsync(outlets, ReadNamedCount, cancellationToken);

        await using var agencies = connection.CreateCommand();
        agencies.CommandText = "SELECT agency, count(DISTINCT article_id) AS n FROM article_agencies GROUP BY agency COLLATE NOCASE ORDER BY n DESC, 1";
        var byAgency = await ReadAllAsync(agencies, ReadNamedCount, cancellationToken);
        return new StoreStats(articles, undated, first, last, byOutlet, byAgency);
    }

    public async Task<FeedState?> GetFeedAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await FeedStateTable.GetAsync(connection, url, cancellationToken);
    }

    public async Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await FeedStateTable.SaveAsync(connection, state, cancellationToken);
    }

    public async Task<IReadOnlySet<string>> FindSeenAsync(string feedUrl, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await FeedStateTable.FindSeenAsync(connection, feedUrl, itemKeys, cancellationToken);
    }

    public async Task MarkSeenAsync(string feedUrl, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await FeedStateTable.MarkSeenAsync(connection, feedUrl, itemKeys, time.GetUtcNow(), cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file (and its WAL) open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private static NamedCount ReadNamedCount(SqliteDataReader row) => new(row.GetString(0), row.GetInt32(1));

    internal static async Task<IReadOnlyList<T>> ReadAllAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            items.Add(read(reader));
        return items;
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = connection.CreateCommand();
        // Per connection: cascades for article_agencies, and NORMAL sync, which WAL keeps crash-safe.
        pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
