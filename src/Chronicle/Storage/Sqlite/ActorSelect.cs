using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Queries over stored actor mentions: the most mentioned actors, and one actor's names and articles.</summary>
internal static class ActorSelect
{
    // Mentions of one actor: its code exactly, or its canonical name in any case.
    private const string Matches = "(m.code = $q OR m.actor = $q COLLATE NOCASE)";

    public static async Task<IReadOnlyList<ActorSummary>> TopAsync(SqliteConnection connection, int top, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.actor, m.code, count(*), count(DISTINCT m.article_id) FROM mentions m
            WHERE m.code IS NOT NULL
            GROUP BY m.actor, m.code ORDER BY count(*) DESC, m.actor LIMIT $top
            """;
        command.Parameters.AddWithValue("$top", top);
        return await ReadAsync(command, r => new ActorSummary(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken);
    }

    public static async Task<ActorReport> OneAsync(SqliteConnection connection, string codeOrName, int limit, CancellationToken cancellationToken)
    {
        await using var actors = Command(connection, codeOrName, limit, $"""
            SELECT m.actor, m.code, count(*), count(DISTINCT m.article_id) FROM mentions m WHERE {Matches}
            GROUP BY m.actor, m.code ORDER BY count(*) DESC LIMIT $limit
            """);
        await using var aliases = Command(connection, codeOrName, limit, $"""
            SELECT m.text, count(*) FROM mentions m WHERE {Matches}
            GROUP BY m.text ORDER BY count(*) DESC, m.text LIMIT $limit
            """);
        await using var articles = Command(connection, codeOrName, limit, $"""
            SELECT a.id, a.title, a.published_date, a.outlet, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE {Matches} GROUP BY a.id ORDER BY count(*) DESC, a.published_date DESC LIMIT $limit
            """);
        return new ActorReport(
            await ReadAsync(actors, r => new ActorSummary(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken),
            await ReadAsync(aliases, r => new ActorAlias(r.GetString(0), r.GetInt32(1)), cancellationToken),
            await ReadAsync(articles, r => new ActorArticle(r.GetInt64(0), Text(r, 1), Text(r, 2), Text(r, 3), r.GetInt32(4)), cancellationToken));
    }

    private static SqliteCommand Command(SqliteConnection connection, string codeOrName, int limit, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$q", codeOrName);
        command.Parameters.AddWithValue("$limit", limit);
        return command;
    }

    private static async Task<IReadOnlyList<T>> ReadAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
