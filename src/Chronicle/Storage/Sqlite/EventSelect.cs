using System.Globalization;
using System.Text;
using Chronicle.Events;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Builds and reads the event queries: parameterised filters over the events table joined to its articles.</summary>
internal static class EventSelect
{
    // The days an event covers, its own or else its article's (filled in at insert), so the date indexes serve.
    private const string Order = "e.date_first {0}, e.id {0}";

    private const string Columns = """
        e.id, e.key, e.article_id, a.title, a.outlet, a.published_date, a.url, e.source, e.source_name, e.target,
        e.target_name, e.cameo, e.cameo_name, e.quad_class, e.goldstein, e.plover, e.plover_mode, e.date,
        e.location, e.reported_by, e.reported_by_name, e.status, e.evidence, e.rule, e.confidence,
        e.sentence_start, e.sentence_end, e.source_start, e.source_end, e.verb_start, e.verb_end, e.target_start, e.target_end,
        m.merged_id, me.mentions, me.sources
        """;

    // Each event's merged event, when merging has seen it (articles stored before migration 5 have none).
    private const string From = """
        events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN event_merge m ON m.event_id = e.id
        LEFT JOIN merged_events me ON me.id = m.merged_id
        """;

    public static SqliteCommand Build(SqliteConnection connection, EventQuery query)
    {
        var command = connection.CreateCommand();
        var order = string.Format(CultureInfo.InvariantCulture, Order, query.Oldest ? "ASC" : "DESC");
        var actors = query.Actors ?? [];
        var sql = new StringBuilder($"SELECT {Columns} FROM {From} WHERE 1 = 1");
        if (actors.Count == 0)
        {
            sql.Append(Conditions(command, query, 0));
        }
        else
        {
            // The first actor is the source or the target: one ordered walk of each side's index, each stopping after a
            // page's worth of matches, instead of sorting every event of a big actor (half the archive is RUS).
            var rest = Conditions(command, query, 1);
            AddActor(command, 0, actors[0]);
            sql.Append(CultureInfo.InvariantCulture, $"""
                 AND e.id IN (
                    SELECT id FROM (SELECT e.id FROM events e WHERE {Side("source", 0)}{rest} ORDER BY {order} LIMIT $cap)
                    UNION
                    SELECT id FROM (SELECT e.id FROM events e WHERE {Side("target", 0)}{rest} ORDER BY {order} LIMIT $cap))
                """);
            command.Parameters.AddWithValue("$cap", (long)Math.Max(0, query.Offset) + Math.Max(0, query.Limit));
        }

        // A merged event's mentions read in report order: its first report first.
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY {(query.Merged is null ? order : "m.report_order")} LIMIT $limit OFFSET $offset");
        command.Parameters.AddWithValue("$limit", Math.Max(0, query.Limit));
        command.Parameters.AddWithValue("$offset", Math.Max(0, query.Offset));
        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>Events matching the query's filters counted by month and quad class.</summary>
    public static SqliteCommand Count(SqliteConnection connection, EventQuery query)
    {
        var command = connection.CreateCommand();
        command.CommandText = "SELECT substr(e.date_first, 1, 7) AS month, e.quad_class, count(*) FROM events e WHERE e.date_first IS NOT NULL"
            + Conditions(command, query, 0) + " GROUP BY month, e.quad_class ORDER BY month, e.quad_class";
        return command;
    }

    /// <summary>The counterparts of the actors whose code starts with <paramref name="code"/>, by event count.</summary>
    public static SqliteCommand Relations(SqliteConnection connection, string code, int top)
    {
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT other, max(name), count(*),
                   sum(quad_class = 1), sum(quad_class = 2), sum(quad_class = 3), sum(quad_class = 4)
            FROM (
                SELECT e.target AS other, e.target_name AS name, e.quad_class FROM events e
                WHERE substr(e.source, 1, 3) = $country AND e.source LIKE $code ESCAPE '\'
                  AND e.target IS NOT NULL AND e.target NOT LIKE $code ESCAPE '\'
                UNION ALL
                SELECT e.source, e.source_name, e.quad_class FROM events e
                WHERE substr(e.target, 1, 3) = $country AND e.target LIKE $code ESCAPE '\'
                  AND e.source IS NOT NULL AND e.source NOT LIKE $code ESCAPE '\'
            )
            GROUP BY other ORDER BY count(*) DESC, other LIMIT $top
            """;
        command.Parameters.AddWithValue("$country", code.Length >= 3 ? code[..3] : code);
        command.Parameters.AddWithValue("$code", Like(code));
        command.Parameters.AddWithValue("$top", Math.Max(0, top));
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

    public static ActorRelation ReadRelation(SqliteDataReader r) =>
        new(r.GetString(0), Text(r, 1), r.GetInt32(2), [r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)]);

    /// <summary>The query's filters as " AND …" conditions on events <c>e</c>, from actor <paramref name="firstActor"/> on.</summary>
    private static string Conditions(SqliteCommand command, EventQuery query, int firstActor)
    {
        var sql = new StringBuilder();
        if (query.Id is { } id)
        {
            sql.Append(" AND e.id = $id");
            command.Parameters.AddWithValue("$id", id);
        }

        if (query.ArticleId is { } articleId)
        {
            sql.Append(" AND e.article_id = $article");
            command.Parameters.AddWithValue("$article", articleId);
        }

        var actors = query.Actors ?? [];
        for (var i = firstActor; i < actors.Count; i++)
        {
            AddActor(command, i, actors[i]);
            sql.Append(CultureInfo.InvariantCulture, $" AND ({Side("source", i)} OR {Side("target", i)})");
        }

        if (query.Cameo is { Length: > 0 } cameo)
        {
            sql.Append(" AND e.cameo LIKE $cameo ESCAPE '\\'");
            command.Parameters.AddWithValue("$cameo", Like(cameo));
        }

        if (query.Plover is { Length: > 0 } plover)
        {
            sql.Append(" AND e.plover = $plover COLLATE NOCASE");
            command.Parameters.AddWithValue("$plover", plover);
        }

        if (query.QuadClass is { } quad)
        {
            sql.Append(" AND e.quad_class = $quad");
            command.Parameters.AddWithValue("$quad", quad);
        }

        if (query.From is { } from)
        {
            sql.Append(" AND e.date_last >= $from");
            command.Parameters.AddWithValue("$from", SqliteDays.Iso(from));
        }

        if (query.To is { } to)
        {
            sql.Append(" AND e.date_first <= $to");
            command.Parameters.AddWithValue("$to", SqliteDays.Iso(to));
        }

        if (query.Status is { Length: > 0 } status)
        {
            sql.Append(" AND e.status = $status");
            command.Parameters.AddWithValue("$status", status);
        }

        // The merge filters look the event up by its own id (event_merge's key), so they also serve the index walks above.
        const string MergedSources = "(SELECT me.sources FROM event_merge m JOIN merged_events me ON me.id = m.merged_id WHERE m.event_id = e.id)";
        Filter(query.MinSources, $"{MergedSources} >= $min_sources", "$min_sources");
        Filter(query.MaxSources, $"{MergedSources} <= $max_sources", "$max_sources");
        Filter(query.Merged, "e.id IN (SELECT m.event_id FROM event_merge m WHERE m.merged_id = $merged)", "$merged");
        Filter(query.Story, "e.id IN (SELECT r.merged_id FROM merge_articles s JOIN event_merge r ON r.article_id = s.article_id WHERE s.story_id = $story)", "$story");
        return sql.ToString();

        void Filter(object? value, string clause, string parameter)
        {
            if (value is null)
                return;
            sql.Append(" AND ").Append(clause);
            command.Parameters.AddWithValue(parameter, value);
        }
    }

    private static void AddActor(SqliteCommand command, int i, string code)
    {
        command.Parameters.AddWithValue($"$country{i}", code.Length >= 3 ? code[..3] : code);
        command.Parameters.AddWithValue($"$actor{i}", Like(code));
    }

    /// <summary>Actor <paramref name="i"/> as the event's source or target; the country test lets SQLite use the expression index.</summary>
    private static string Side(string column, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"(substr(e.{column}, 1, 3) = $country{i} AND e.{column} LIKE $actor{i} ESCAPE '\\')");

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);


    /// <summary>A code prefix as a LIKE pattern, its wildcards escaped.</summary>
    internal static string Like(string prefix) =>
        prefix.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
