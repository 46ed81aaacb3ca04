using System.Globalization;
using System.Text;
using Chronicle.Events;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Builds and reads the event query: parameterised filters over the events table joined to its articles.</summary>
internal static class EventSelect
{
    public static SqliteCommand Build(SqliteConnection connection, EventQuery query)
    {
        var command = connection.CreateCommand();
        var sql = new StringBuilder("""
            SELECT e.id, e.key, e.article_id, a.title, a.outlet, a.published_date, a.url, e.source, e.source_name, e.target,
                   e.target_name, e.cameo, e.cameo_name, e.quad_class, e.goldstein, e.plover, e.plover_mode, e.date,
                   e.location, e.reported_by, e.reported_by_name, e.status, e.evidence, e.rule, e.confidence,
                   e.sentence_start, e.sentence_end, e.source_start, e.source_end, e.verb_start, e.verb_end, e.target_start, e.target_end,
                   m.merged_id, me.mentions, me.sources
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN event_merge m ON m.event_id = e.id
            LEFT JOIN merged_events me ON me.id = m.merged_id
            WHERE 1 = 1
            """);
        if (query.Id is { } id)
        {
            sql.Append(" AND e.id = $id");
            command.Parameters.AddWithValue("$id", id);
        }

        var actors = query.Actors ?? [];
        for (var i = 0; i < actors.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (e.source LIKE $actor{i} ESCAPE '\\' OR e.target LIKE $actor{i} ESCAPE '\\')");
            command.Parameters.AddWithValue($"$actor{i}", Like(actors[i]));
        }

        if (query.Cameo is { Length: > 0 } cameo)
        {
            sql.Append(" AND e.cameo LIKE $cameo ESCAPE '\\'");
            command.Parameters.AddWithValue("$cameo", Like(cameo));
        }

        if (query.From is { } from)
        {
            sql.Append(" AND COALESCE(e.date_last, a.published_date) >= $from");
            command.Parameters.AddWithValue("$from", SqliteDays.Iso(from));
        }

        if (query.To is { } to)
        {
            sql.Append(" AND COALESCE(e.date_first, a.published_date) <= $to");
            command.Parameters.AddWithValue("$to", SqliteDays.Iso(to));
        }

        if (query.Status is { Length: > 0 } status)
        {
            sql.Append(" AND e.status = $status");
            command.Parameters.AddWithValue("$status", status);
        }

        void Filter(object? value, string clause, string parameter)
        {
            if (value is null)
                return;
            sql.Append(" AND ").Append(clause);
            command.Parameters.AddWithValue(parameter, value);
        }

        Filter(query.MinSources, "me.sources >= $min_sources", "$min_sources");
        Filter(query.MaxSources, "me.sources <= $max_sources", "$max_sources");
        Filter(query.Merged, "m.merged_id = $merged", "$merged");
        Filter(query.Story, "e.id IN (SELECT r.merged_id FROM merge_articles s JOIN event_merge r ON r.article_id = s.article_id WHERE s.story_id = $story)", "$story");

        var direction = query.Oldest ? "ASC" : "DESC";
        sql.Append(query.Merged is not null
            ? " ORDER BY m.report_order LIMIT $limit OFFSET $offset"
            : string.Create(CultureInfo.InvariantCulture, $" ORDER BY COALESCE(e.date_first, a.published_date) {direction}, e.id {direction} LIMIT $limit OFFSET $offset"));
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        command.CommandText = sql.ToString();
        return command;
    }

    public static StoredEvent Read(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetInt64(2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8),
        Text(r, 9), Text(r, 10),
        new CameoCode(r.GetString(11), r.GetString(12), r.GetInt32(13), r.GetDouble(14), r.GetString(15), Text(r, 16)),
        Text(r, 17), Text(r, 18), Text(r, 19), Text(r, 20), r.GetString(21), r.GetString(22), r.GetString(23), r.GetDouble(24),
        new EventSpans(r.GetInt32(25), r.GetInt32(26), Int(r, 27), Int(r, 28), r.GetInt32(29), r.GetInt32(30), Int(r, 31), Int(r, 32)))
    {
        MergedId = r.IsDBNull(33) ? null : r.GetInt64(33),
        Mentions = Int(r, 34),
        Sources = Int(r, 35),
    };

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);


    /// <summary>A code prefix as a LIKE pattern, its wildcards escaped.</summary>
    private static string Like(string prefix) =>
        prefix.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
