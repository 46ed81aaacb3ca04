using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Chronicle.Merge;
using Chronicle.Merge.Archive;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>The merge index in SQLite (migration 5), read and written inside the transaction that saves a batch.
/// Statements are prepared once per batch; every lookup goes through an index on its key.</summary>
internal sealed class SqliteMergeArchive(SqliteConnection connection, SqliteTransaction transaction) : IMergeArchive, IDisposable
{
    private const string ReportColumns = """
        m.event_id, m.report_key, m.published, a.sha256, e.source, e.target, e.cameo, e.date, e.location, e.reported_by, e.status
        """;

    /// <summary>Adds a story's size and span to the row of its id (an article joining, or a story merged into it).</summary>
    private const string StoryFold = """
        ON CONFLICT (id) DO UPDATE SET
            articles = articles + excluded.articles,
            first_day = min(coalesce(first_day, excluded.first_day), coalesce(excluded.first_day, first_day)),
            last_day = max(coalesce(last_day, excluded.last_day), coalesce(excluded.last_day, last_day))
        """;

    private const string TallyFold = "ON CONFLICT (level, root_id, kind, name) DO UPDATE SET count = count + excluded.count";

    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<CopyCandidate>> FindCopyCandidatesAsync(IReadOnlyList<long> bandKeys, CancellationToken cancellationToken)
    {
        var command = Prepare("""
            SELECT DISTINCT m.article_id, m.shingles, m.origin_id, r.copy_order
            FROM json_each($keys) k
            JOIN copy_bands b ON b.band_key = k.value
            JOIN merge_articles m ON m.article_id = b.article_id
            JOIN merge_articles r ON r.article_id = m.origin_id
            """, ("$keys", JsonSerializer.Serialize(bandKeys)));
        return await SqliteChronicleStore.ReadAllAsync(command, row => new CopyCandidate(row.GetInt64(0), Shingles((byte[])row[1]), new MergeRoot(row.GetInt64(2), row.GetString(3))), cancellationToken);
    }

    public async Task<IReadOnlyList<ReportCandidate>> FindReportCandidatesAsync(string block, TimeWindow window, int slackDays, CancellationToken cancellationToken)
    {
        // A window can only meet [first, last] if it starts at most its own length before first: windows are searched
        // by start within their length class (up to a month, up to a year), so no lookup scans the block's history;
        // only the rare longer windows are searched by end.
        var command = Prepare("""
            SELECT c.event_id, c.merged_id, r.report_order
            FROM (
                SELECT event_id, merged_id FROM event_merge
                WHERE block = $block AND first_day BETWEEN $first - 31 AND $last AND last_day >= $first AND last_day - first_day <= 31
                UNION ALL
                SELECT event_id, merged_id FROM event_merge
                WHERE block = $block AND first_day BETWEEN $first - 400 AND $last AND last_day >= $first AND last_day - first_day BETWEEN 32 AND 400
                UNION ALL
                SELECT event_id, merged_id FROM event_merge
                WHERE block = $block AND last_day - first_day > 400 AND last_day >= $first AND first_day <= $last) c
            JOIN event_merge r ON r.event_id = c.merged_id
            """,
            ("$block", block), ("$first", window.First.DayNumber - slackDays), ("$last", window.Last.DayNumber + slackDays));
        return await SqliteChronicleStore.ReadAllAsync(command, row => new ReportCandidate(row.GetInt64(0), new MergeRoot(row.GetInt64(1), row.GetString(2))), cancellationToken);
    }

    public async Task<EventReport> ReportAsync(long eventId, CancellationToken cancellationToken)
    {
        var command = Prepare($"""
            SELECT {ReportColumns}, r.copy_order
            FROM event_merge m
            JOIN events e ON e.id = m.event_id
            JOIN articles a ON a.id = m.article_id
            JOIN merge_articles ma ON ma.article_id = m.article_id
            JOIN merge_articles r ON r.article_id = ma.origin_id
            WHERE m.event_id = $id
            """, ("$id", eventId));
        return (await SqliteChronicleStore.ReadAllAsync(command, row => ReadReport(row, row.GetString(11)), cancellationToken))[0];
    }

    public async Task<IReadOnlyList<StoryCandidate>> FindStoryCandidatesAsync(IReadOnlyCollection<string> keys, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var command = Prepare("""
            SELECT m.article_id, m.copy_order, m.story_date, m.story_id, r.story_order
            FROM (SELECT DISTINCT s.article_id FROM json_each($keys) k
                  JOIN story_features s ON s.feature = k.value AND s.day BETWEEN $first AND $last) c
            JOIN merge_articles m ON m.article_id = c.article_id
            JOIN merge_articles r ON r.article_id = m.story_id
            """,
            ("$keys", JsonSerializer.Serialize(keys)), ("$first", first.DayNumber), ("$last", last.DayNumber));
        return await SqliteChronicleStore.ReadAllAsync(
            command,
            row => new StoryCandidate(row.GetInt64(0), row.GetString(1), SqliteDays.Parse(row.GetString(2)), new MergeRoot(row.GetInt64(3), row.GetString(4))),
            cancellationToken);
    }

    public async Task<Dictionary<string, double>> StoryWeightsAsync(long articleId, CancellationToken cancellationToken)
    {
        var command = Prepare("SELECT story_weights FROM merge_articles WHERE article_id = $id", ("$id", articleId));
        var json = (string?)await command.ExecuteScalarAsync(cancellationToken);
        return (json is null ? null : JsonSerializer.Deserialize<Dictionary<string, double>>(json)) ?? new(StringComparer.Ordinal);
    }

    public async Task AddArticleAsync(ArchivedArticle article, CancellationToken cancellationToken)
    {
        await ExecuteAsync("""
            INSERT INTO merge_articles (article_id, copy_order, shingles, origin_id, story_order, story_date, story_weights, story_id)
            VALUES ($id, $copy_order, $shingles, $origin, $story_order, $story_date, $weights, $story)
            """,
            cancellationToken,
            ("$id", article.ArticleId), ("$copy_order", article.CopyOrder), ("$shingles", MemoryMarshal.AsBytes(article.Shingles.AsSpan()).ToArray()),
            ("$origin", article.Origin), ("$story_order", article.StoryOrder), ("$story_date", article.Date is { } d ? SqliteDays.Iso(d) : null),
            ("$weights", JsonSerializer.Serialize(article.StoryWeights)), ("$story", article.Story));
        foreach (var key in article.BandKeys)
            await ExecuteAsync("INSERT OR IGNORE INTO copy_bands (band_key, article_id) VALUES ($key, $id)", cancellationToken, ("$key", key), ("$id", article.ArticleId));
        if (article.Date is not { } day)
            return;
        foreach (var feature in article.StoryKeys)
        {
            await ExecuteAsync(
                "INSERT INTO story_features (feature, day, article_id) VALUES ($feature, $day, $id)",
                cancellationToken, ("$feature", feature), ("$day", day.DayNumber), ("$id", article.ArticleId));
        }
    }

    public Task AddReportAsync(ArchivedReport report, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            INSERT INTO event_merge (event_id, article_id, report_key, block, first_day, last_day, published, report_order, merged_id)
            VALUES ($id, $article, $key, $block, $first, $last, $published, $order, $merged)
            """,
            cancellationToken,
            ("$id", report.EventId), ("$article", report.ArticleId), ("$key", report.Key), ("$block", report.Block),
            ("$first", report.Window?.First.DayNumber), ("$last", report.Window?.Last.DayNumber),
            ("$published", report.Published.ToString("O", CultureInfo.InvariantCulture)), ("$order", report.Order), ("$merged", report.Event));

    public async Task RekeyAsync(MergeLevel level, long from, long to, CancellationToken cancellationToken)
    {
        if (level == MergeLevel.Story)
        {
            await ExecuteAsync($"""
                INSERT INTO stories (id, title, first_day, last_day, articles)
                SELECT $to, '', first_day, last_day, articles FROM stories WHERE id = $from
                {StoryFold}
                """, cancellationToken, ("$from", from), ("$to", to));
        }

        await ExecuteAsync($"""
            INSERT INTO merge_tallies (level, root_id, kind, name, count)
            SELECT level, $to, kind, name, count FROM merge_tallies WHERE level = $level AND root_id = $from
            {TallyFold}
            """, cancellationToken, ("$level", (int)level), ("$from", from), ("$to", to));
        await ExecuteAsync("DELETE FROM merge_tallies WHERE level = $level AND root_id = $from", cancellationToken, ("$level", (int)level), ("$from", from));
        var (move, forget) = level switch
        {
            MergeLevel.Origin => ("UPDATE merge_articles SET origin_id = $to WHERE origin_id = $from", "DELETE FROM origin_groups WHERE id = $from"),
            MergeLevel.Story => ("UPDATE merge_articles SET story_id = $to WHERE story_id = $from", "DELETE FROM stories WHERE id = $from"),
            _ => ("UPDATE event_merge SET merged_id = $to WHERE merged_id = $from", "DELETE FROM merged_events WHERE id = $from"),
        };
        await ExecuteAsync(move, cancellationToken, ("$from", from), ("$to", to));
        await ExecuteAsync(forget, cancellationToken, ("$from", from));
    }

    public async Task AddTalliesAsync(MergeLevel level, long root, IReadOnlyList<MergeTally> tallies, CancellationToken cancellationToken)
    {
        foreach (var tally in tallies)
        {
            (string, object?)[] key = [("$level", (int)level), ("$root", root), ("$kind", (int)tally.Kind), ("$name", tally.Name)];
            await ExecuteAsync($"""
                INSERT INTO merge_tallies (level, root_id, kind, name, count) VALUES ($level, $root, $kind, $name, $count)
                {TallyFold}
                """, cancellationToken, [.. key, ("$count", tally.Count)]);
            if (tally.Count < 0)
                await ExecuteAsync("DELETE FROM merge_tallies WHERE level = $level AND root_id = $root AND kind = $kind AND name = $name AND count <= 0", cancellationToken, key);
        }
    }

    public async Task<IReadOnlyList<MergeTally>> TalliesAsync(MergeLevel level, long root, MergeTallyKind kind, int top, CancellationToken cancellationToken) =>
        await SqliteChronicleStore.ReadAllAsync(
            Prepare("""
                SELECT name, count FROM merge_tallies WHERE level = $level AND root_id = $root AND kind = $kind
                ORDER BY count DESC, name LIMIT $top
                """, ("$level", (int)level), ("$root", root), ("$kind", (int)kind), ("$top", top)),
            row => new MergeTally(kind, row.GetString(0), row.GetInt32(1)),
            cancellationToken);

    public Task AddToStoryAsync(long story, DateOnly? day, CancellationToken cancellationToken) =>
        ExecuteAsync($"""
            INSERT INTO stories (id, title, first_day, last_day, articles) VALUES ($id, '', $day, $day, 1)
            {StoryFold}
            """, cancellationToken, ("$id", story), ("$day", day is { } d ? SqliteDays.Iso(d) : null));

    public async Task<string?> ArticleTitleAsync(long articleId, CancellationToken cancellationToken) =>
        await Prepare("SELECT title FROM articles WHERE id = $id", ("$id", articleId)).ExecuteScalarAsync(cancellationToken) as string;

    public Task SaveStoryTitleAsync(long story, string title, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE stories SET title = $title WHERE id = $id", cancellationToken, ("$id", story), ("$title", title));

    public async Task<IReadOnlyList<OriginMember>> OriginMembersAsync(long origin, CancellationToken cancellationToken)
    {
        var command = Prepare($"""
            SELECT {ArticleColumns.Summary}, m.copy_order
            FROM merge_articles m JOIN articles a ON a.id = m.article_id
            WHERE m.origin_id = $origin
            """, ("$origin", origin));
        return await SqliteChronicleStore.ReadAllAsync(
            command,
            row =>
            {
                var summary = ArticleColumns.ReadSummary(row);
                return new OriginMember(row.GetString(ArticleColumns.SummaryCount), summary.Outlet, summary.Agencies, summary.Published);
            },
            cancellationToken);
    }

    public Task SaveOriginAsync(long origin, string? name, int articles, CancellationToken cancellationToken) =>
        ExecuteAsync("INSERT OR REPLACE INTO origin_groups (id, origin, articles) VALUES ($id, $origin, $articles)", cancellationToken, ("$id", origin), ("$origin", name), ("$articles", articles));

    public async Task<IReadOnlyList<CountedReport>> ReportsOfOriginsAsync(IReadOnlyCollection<long> origins, CancellationToken cancellationToken)
    {
        var command = Prepare("""
            SELECT em.event_id, em.merged_id, em.counted_origin, em.counted_source, r.copy_order, g.origin, e.reported_by
            FROM json_each($origins) o
            JOIN merge_articles m ON m.origin_id = o.value
            JOIN merge_articles r ON r.article_id = m.origin_id
            LEFT JOIN origin_groups g ON g.id = m.origin_id
            JOIN event_merge em ON em.article_id = m.article_id
            JOIN events e ON e.id = em.event_id
            """, ("$origins", JsonSerializer.Serialize(origins)));
        return await SqliteChronicleStore.ReadAllAsync(
            command,
            row =>
            {
                string? Text(int i) => row.IsDBNull(i) ? null : row.GetString(i);
                return new CountedReport(row.GetInt64(0), row.GetInt64(1), Text(2), Text(3), row.GetString(4), Text(5), Text(6));
            },
            cancellationToken);
    }

    public Task MarkCountedAsync(long eventId, string origin, string source, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE event_merge SET counted_origin = $origin, counted_source = $source WHERE event_id = $id",
            cancellationToken, ("$id", eventId), ("$origin", origin), ("$source", source));

    public Task SaveEventAsync(long mergedEvent, int mentions, int origins, IReadOnlyList<string> sources, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            INSERT OR REPLACE INTO merged_events (id, mentions, origins, sources, source_list)
            VALUES ($id, $mentions, $origins, $sources, $list)
            """,
            cancellationToken,
            ("$id", mergedEvent), ("$mentions", mentions), ("$origins", origins), ("$sources", sources.Count), ("$list", JsonSerializer.Serialize(sources)));

    public void Dispose()
    {
        foreach (var command in commands.Values)
            command.Dispose();
    }

    /// <summary>A report as <see cref="EventMerger"/> compares it, from <see cref="ReportColumns"/>, under the given origin.</summary>
    private static EventReport ReadReport(SqliteDataReader row, string origin)
    {
        string? Text(int i) => row.IsDBNull(i) ? null : row.GetString(i);
        var published = DateTimeOffset.Parse(row.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new EventReport(row.GetString(1), row.GetString(3), origin, published, Text(4), Text(5), row.GetString(6), Text(7), Text(8), Text(9), row.GetString(10));
    }

    private SqliteCommand Prepare(string sql, params (string Name, object? Value)[] values)
    {
        ref var command = ref CollectionsMarshal.GetValueRefOrAddDefault(commands, sql, out var exists);
        if (!exists)
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, _) in values)
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
        }

        foreach (var (name, value) in values)
            command!.Parameters[name].Value = value ?? DBNull.Value;
        return command!;
    }

    private Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values) =>
        Prepare(sql, values).ExecuteNonQueryAsync(cancellationToken);

    private static uint[] Shingles(byte[] bytes) => MemoryMarshal.Cast<byte, uint>(bytes).ToArray();

}
