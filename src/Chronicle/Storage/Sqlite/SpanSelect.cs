using Chronicle.Actors;
using Chronicle.Language;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Reads the language layer's spans of one article back from the tables <see cref="AnalysisInsert"/> fills.</summary>
internal static class SpanSelect
{
    public static async Task<ArticleSpans?> ReadAsync(SqliteConnection connection, long articleId, CancellationToken cancellationToken)
    {
        await using (var exists = Command(connection, articleId, "SELECT 1 FROM articles WHERE id = $id"))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
                return null;
        }

        return new ArticleSpans(
            await ReadAsync(connection, articleId, "SELECT span_start, span_end, text, value, grain FROM times",
                r => new TimeExpression(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), Enum.Parse<TimeGrain>(r.GetString(4), ignoreCase: true)), cancellationToken),
            await ReadAsync(connection, articleId, "SELECT span_start, span_end, text, value, unit, approximate, max FROM quantities",
                r => new Quantity(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetDouble(3), Text(r, 4), r.GetInt32(5) != 0, r.IsDBNull(6) ? null : r.GetDouble(6)), cancellationToken),
            await ReadAsync(connection, articleId, "SELECT span_start, span_end, text, speaker, via, speaker_code FROM quotes",
                r => new Quote(r.GetInt32(0), r.GetInt32(1), r.GetString(2), Text(r, 3), Text(r, 4), Text(r, 5)), cancellationToken),
            await ReadAsync(connection, articleId, "SELECT span_start, span_end, text, source, source_code, sentence FROM attributions",
                r => new Attribution(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), Text(r, 4), r.GetInt32(5)), cancellationToken),
            await ReadAsync(connection, articleId, "SELECT span_start, span_end, text, actor, code, type, rule FROM mentions",
                r => new ActorMention(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), Text(r, 4), Enum.Parse<ActorType>(r.GetString(5)), r.GetString(6)), cancellationToken));
    }

    private static async Task<IReadOnlyList<T>> ReadAsync<T>(SqliteConnection connection, long articleId, string select, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, articleId, select + " WHERE article_id = $id ORDER BY span_start, ordinal");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, long articleId, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", articleId);
        return command;
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
