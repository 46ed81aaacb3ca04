using System.Globalization;
using System.Text.Json;
using Chronicle.Ingest.Watch;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Reads and writes a watch's feed state and seen items (migration 0004) on a connection the store opened.</summary>
internal static class FeedStateTable
{
    public static async Task<FeedState?> GetAsync(SqliteConnection connection, string url, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, last_modified, last_polled, next_poll, failures, last_error FROM feeds WHERE url = $url";
        command.Parameters.AddWithValue("$url", url);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        if (!await row.ReadAsync(cancellationToken))
            return null;
        return new FeedState(url)
        {
            ETag = row.IsDBNull(0) ? null : row.GetString(0),
            LastModified = row.IsDBNull(1) ? null : row.GetString(1),
            LastPolled = ReadTime(row, 2),
            NextPoll = ReadTime(row, 3),
            Failures = row.GetInt32(4),
            LastError = row.IsDBNull(5) ? null : row.GetString(5),
        };
    }

    public static async Task SaveAsync(SqliteConnection connection, FeedState state, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feeds (url, etag, last_modified, last_polled, next_poll, failures, last_error)
            VALUES ($url, $etag, $lastModified, $lastPolled, $nextPoll, $failures, $lastError)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                last_polled = excluded.last_polled, next_poll = excluded.next_poll, failures = excluded.failures, last_error = excluded.last_error
            """;
        command.Parameters.AddWithValue("$url", state.Url);
        command.Parameters.AddWithValue("$etag", (object?)state.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$lastModified", (object?)state.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$lastPolled", WriteTime(state.LastPolled));
        command.Parameters.AddWithValue("$nextPoll", WriteTime(state.NextPoll));
        command.Parameters.AddWithValue("$failures", state.Failures);
        command.Parameters.AddWithValue("$lastError", (object?)state.LastError ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<IReadOnlySet<string>> FindSeenAsync(SqliteConnection connection, string feedUrl, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (keys.Count == 0)
            return seen;
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT item_key FROM feed_items WHERE feed_url = $feed AND item_key IN (SELECT value FROM json_each($keys))";
        command.Parameters.AddWithValue("$feed", feedUrl);
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys));
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
            seen.Add(row.GetString(0));
        return seen;
    }

    public static async Task MarkSeenAsync(SqliteConnection connection, string feedUrl, IReadOnlyCollection<string> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO feed_items (feed_url, item_key, first_seen) SELECT $feed, value, $now FROM json_each($keys)";
        command.Parameters.AddWithValue("$feed", feedUrl);
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys));
        command.Parameters.AddWithValue("$now", WriteTime(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static object WriteTime(DateTimeOffset? time) =>
        time is { } value ? value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;

    private static DateTimeOffset? ReadTime(SqliteDataReader row, int column) =>
        row.IsDBNull(column) ? null : DateTimeOffset.Parse(row.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
