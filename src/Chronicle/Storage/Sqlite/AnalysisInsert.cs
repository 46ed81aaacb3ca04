using Chronicle.Events;
using Chronicle.Merge;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Prepared statements that store an article's mentions and events, in the batch's transaction.</summary>
internal sealed class AnalysisInsert : IDisposable
{
    private static readonly string[] EventColumns =
    [
        "article_id", "key", "source", "source_name", "target", "target_name", "cameo", "cameo_root", "cameo_name",
        "plover", "plover_mode", "quad_class", "goldstein", "date", "date_first", "date_last", "location", "reported_by",
        "reported_by_name", "status", "sentence_start", "sentence_end", "evidence", "source_start", "source_end",
        "verb_start", "verb_end", "target_start", "target_end", "rule", "confidence",
    ];

    private static readonly string[] MentionColumns = ["article_id", "ordinal", "span_start", "span_end", "text", "actor", "code", "type", "rule"];

    private readonly SqliteCommand mention;
    private readonly SqliteCommand coded;
    private readonly SqliteCommand sentence;
    private readonly SqliteCommand time;
    private readonly SqliteCommand quantity;
    private readonly SqliteCommand quote;
    private readonly SqliteCommand attribution;

    private AnalysisInsert(SqliteConnection connection, SqliteTransaction transaction)
    {
        mention = Insert(connection, transaction, "mentions", MentionColumns);
        coded = Insert(connection, transaction, "events", EventColumns, "RETURNING id");
        sentence = Insert(connection, transaction, "sentences", ["article_id", "ordinal", "span_start", "span_end"]);
        time = Insert(connection, transaction, "times", ["article_id", "ordinal", "span_start", "span_end", "text", "value", "grain"]);
        quantity = Insert(connection, transaction, "quantities", ["article_id", "ordinal", "span_start", "span_end", "text", "value", "max", "unit", "approximate"]);
        quote = Insert(connection, transaction, "quotes", ["article_id", "ordinal", "span_start", "span_end", "text", "speaker", "speaker_code", "via"]);
        attribution = Insert(connection, transaction, "attributions", ["article_id", "ordinal", "span_start", "span_end", "text", "source", "source_code", "sentence"]);
    }

    public static AnalysisInsert Prepare(SqliteConnection connection, SqliteTransaction transaction) => new(connection, transaction);

    /// <summary>Stores the analysis and returns the store ids of its events, in the order of <see cref="ArticleAnalysis.Events"/>.</summary>
    /// <param name="published">The article's day: the days of an event without a readable time of its own, so that
    /// date_first and date_last alone filter and order every event of a dated article (and their indexes serve).</param>
    public async Task<IReadOnlyList<long>> ExecuteAsync(long articleId, ArticleAnalysis analysis, DateOnly? published, CancellationToken cancellationToken)
    {
        var text = analysis.Text;
        for (var i = 0; i < text.Sentences.Count; i++)
            await Run(sentence, cancellationToken, articleId, i, text.Sentences[i].Start, text.Sentences[i].End);
        for (var i = 0; i < text.Times.Count; i++)
        {
            var t = text.Times[i];
            await Run(time, cancellationToken, articleId, i, t.Start, t.End, t.Text, t.Value, t.Grain.ToString().ToLowerInvariant());
        }

        for (var i = 0; i < text.Quantities.Count; i++)
        {
            var q = text.Quantities[i];
            await Run(quantity, cancellationToken, articleId, i, q.Start, q.End, q.Text, q.Value, q.Max, q.Unit, q.Approximate ? 1 : 0);
        }

        for (var i = 0; i < text.Quotes.Count; i++)
        {
            var q = text.Quotes[i];
            await Run(quote, cancellationToken, articleId, i, q.Start, q.End, q.Text, q.Speaker, q.SpeakerCode, q.Via);
        }

        for (var i = 0; i < text.Attributions.Count; i++)
        {
            var a = text.Attributions[i];
            await Run(attribution, cancellationToken, articleId, i, a.Start, a.End, a.Text, a.Source, a.SourceCode, a.Sentence);
        }

        for (var i = 0; i < analysis.Mentions.Count; i++)
        {
            var m = analysis.Mentions[i];
            Set(mention, articleId, i, m.Start, m.End, m.Text, m.Actor, m.Code, m.Type.ToString(), m.Rule);
            await mention.ExecuteNonQueryAsync(cancellationToken);
        }

        var eventIds = new List<long>(analysis.Events.Count);
        foreach (var e in analysis.Events)
        {
            var hasWindow = TimeWindow.TryParse(e.Date, out var window);
            if (!hasWindow && published is { } day)
                (hasWindow, window) = (true, new TimeWindow(day, day));
            var ev = e.Evidence;
            Set(coded, articleId, e.Id, e.Source, e.SourceName, e.Target, e.TargetName, e.Cameo.Code, e.Cameo.Root, e.Cameo.Name,
                e.Cameo.Plover, e.Cameo.PloverMode, e.Cameo.QuadClass, e.Cameo.Goldstein, e.Date,
                hasWindow ? SqliteDays.Iso(window.First) : null, hasWindow ? SqliteDays.Iso(window.Last) : null, e.Location, e.ReportedBy,
                e.ReportedByName, StatusNames.Name(e.Status), ev.Sentence.Start, ev.Sentence.End, ev.Sentence.Text,
                ev.Source?.Start, ev.Source?.End, ev.Verb.Start, ev.Verb.End, ev.Target?.Start, ev.Target?.End, e.Rule, e.Confidence);
            eventIds.Add((long)(await coded.ExecuteScalarAsync(cancellationToken))!);
        }

        return eventIds;
    }

    public void Dispose()
    {
        foreach (var command in new[] { mention, coded, sentence, time, quantity, quote, attribution })
            command.Dispose();
    }

    private static Task<int> Run(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Set(command, values);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }


    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, string returning = "")
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))}) {returning}";
        foreach (var column in columns)
            command.Parameters.Add(new SqliteParameter { ParameterName = "$" + column });
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
