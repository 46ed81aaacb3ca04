using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Reads what merging keeps (migration 5): stories with their articles and timelines, and merged events with their mentions, origins and sources.</summary>
internal static class MergeSelect
{
    private const string StoryColumns = """
        SELECT s.id, s.title, s.first_day, s.last_day, s.articles,
            (SELECT count(DISTINCT r.merged_id) FROM merge_articles ma JOIN event_merge r ON r.article_id = ma.article_id WHERE ma.story_id = s.id)
        FROM stories s
        """;

    public static async Task<IReadOnlyList<StoredStory>> StoriesAsync(SqliteConnection connection, StoryQuery query, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            {StoryColumns}
            WHERE s.articles >= $min AND ($from IS NULL OR s.last_day >= $from) AND ($to IS NULL OR s.first_day <= $to)
            ORDER BY s.last_day IS NULL, s.last_day DESC, s.articles DESC, s.id
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$min", query.MinArticles);
        command.Parameters.AddWithValue("$from", query.From is { } from ? SqliteDays.Iso(from) : DBNull.Value);
        command.Parameters.AddWithValue("$to", query.To is { } to ? SqliteDays.Iso(to) : DBNull.Value);
        command.Parameters.AddWithValue("$limit", Math.Max(0, query.Limit));
        command.Parameters.AddWithValue("$offset", Math.Max(0, query.Offset));
        return await SqliteChronicleStore.ReadAllAsync(command, ReadStory, cancellationToken);
    }

    public static async Task<StoryReport?> StoryAsync(SqliteConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var story = connection.CreateCommand();
        story.CommandText = $"{StoryColumns} WHERE s.id = $id";
        story.Parameters.AddWithValue("$id", id);
        var found = await SqliteChronicleStore.ReadAllAsync(story, ReadStory, cancellationToken);
        if (found.Count == 0)
            return null;

        await using var articles = connection.CreateCommand();
        articles.CommandText = $"""
            SELECT {ArticleColumns.Summary}
            FROM merge_articles m JOIN articles a ON a.id = m.article_id
            WHERE m.story_id = $id
            ORDER BY m.story_order
            """;
        articles.Parameters.AddWithValue("$id", id);
        var members = await SqliteChronicleStore.ReadAllAsync(articles, ArticleColumns.ReadSummary, cancellationToken);
        var timeline = await EventsAsync(connection, new EventQuery(Story: id, Oldest: true, Limit: int.MaxValue), cancellationToken);
        return new StoryReport(found[0], members, timeline);
    }

    public static async Task<MergedEventReport?> MergedEventAsync(SqliteConnection connection, long eventId, CancellationToken cancellationToken)
    {
        await using var merged = connection.CreateCommand();
        merged.CommandText = """
            SELECT m.merged_id, me.source_list
            FROM event_merge m JOIN merged_events me ON me.id = m.merged_id
            WHERE m.event_id = $id
            """;
        merged.Parameters.AddWithValue("$id", eventId);
        var found = await SqliteChronicleStore.ReadAllAsync(merged, row => (Id: row.GetInt64(0), Sources: row.GetString(1)), cancellationToken);
        if (found.Count == 0)
            return null;

        var id = found[0].Id;
        var mentions = await EventsAsync(connection, new EventQuery(Merged: id, Limit: int.MaxValue), cancellationToken);
        await using var origins = connection.CreateCommand();
        origins.CommandText = """
            SELECT DISTINCT ma.origin_id, g.origin, m.article_id
            FROM event_merge m
            JOIN merge_articles ma ON ma.article_id = m.article_id
            LEFT JOIN origin_groups g ON g.id = ma.origin_id
            WHERE m.merged_id = $id
            ORDER BY g.origin, ma.origin_id, m.article_id
            """;
        origins.Parameters.AddWithValue("$id", id);
        var rows = await SqliteChronicleStore.ReadAllAsync(origins, row => (Group: row.GetInt64(0), Name: row.IsDBNull(1) ? null : row.GetString(1), Article: row.GetInt64(2)), cancellationToken);
        var groups = rows
            .GroupBy(r => (r.Group, r.Name))
            .Select(g => new EventOrigin(g.Key.Group, g.Key.Name, g.Select(r => r.Article).ToList()))
            .ToList();
        return new MergedEventReport(id, mentions, groups, JsonSerializer.Deserialize<string[]>(found[0].Sources) ?? []);
    }

    public static async Task<IReadOnlyList<StoredEvent>> EventsAsync(SqliteConnection connection, EventQuery query, CancellationToken cancellationToken)
    {
        await using var command = EventSelect.Build(connection, query);
        return await SqliteChronicleStore.ReadAllAsync(command, EventSelect.Read, cancellationToken);
    }

    private static StoredStory ReadStory(SqliteDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1),
        row.IsDBNull(2) ? null : SqliteDays.Parse(row.GetString(2)),
        row.IsDBNull(3) ? null : SqliteDays.Parse(row.GetString(3)),
        row.GetInt32(4),
        row.GetInt32(5));
}
