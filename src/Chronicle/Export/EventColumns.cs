using System.Globalization;
using Chronicle.Storage;

namespace Chronicle.Export;

/// <summary>The columns of an event in a list, shared by <c>events</c> and <c>timeline</c>.</summary>
public static class EventColumns
{
    public static IReadOnlyList<Column<StoredEvent>> All { get; } =
    [
        new("id", e => e.Id.ToString(CultureInfo.InvariantCulture), (json, e) => json.WriteNumberValue(e.Id)),
        new("date", e => e.Date ?? e.Published),
        new("source", e => e.Source ?? e.SourceName),
        new("cameo", e => e.Cameo.Code),
        new("event", e => e.Cameo.Name),
        new("target", e => e.Target ?? e.TargetName),
        new("plover", e => e.Cameo.Plover) { InTable = false },
        new("quad_class", e => e.Cameo.QuadClass.ToString(CultureInfo.InvariantCulture), (json, e) => json.WriteNumberValue(e.Cameo.QuadClass)) { InTable = false },
        new("goldstein", e => e.Cameo.Goldstein.ToString("0.0", CultureInfo.InvariantCulture), (json, e) => json.WriteNumberValue(e.Cameo.Goldstein)) { InTable = false },
        new("location", e => e.Location),
        new("reported_by", e => e.ReportedBy ?? e.ReportedByName),
        new("status", e => e.Status),
        new("outlet", e => e.Outlet),
        new("article_id", e => e.ArticleId.ToString(CultureInfo.InvariantCulture), (json, e) => json.WriteNumberValue(e.ArticleId)) { InTable = false },
        new("url", e => e.Url) { InTable = false },
        new("evidence", e => e.Sentence) { InTable = false },
        new("rule", e => e.Rule) { InTable = false },
        new("confidence", e => e.Confidence.ToString("0.00", CultureInfo.InvariantCulture), (json, e) => json.WriteNumberValue(e.Confidence)) { InTable = false },
        Count("merged_event", e => e.MergedId) with { InTable = false },
        Count("mentions", e => e.Mentions) with { InTable = false },
        Count("sources", e => e.Sources),
    ];

    /// <summary>The mentions of one merged event: where each appeared, whom it cites, and its evidence and rule.</summary>
    public static IReadOnlyList<Column<StoredEvent>> Mentions { get; } =
    [
        new("id", e => e.Id.ToString(CultureInfo.InvariantCulture), (json, e) => json.WriteNumberValue(e.Id)),
        new("published", e => e.Published),
        new("outlet", e => e.Outlet),
        new("article_id", e => e.ArticleId.ToString(CultureInfo.InvariantCulture), (json, e) => json.WriteNumberValue(e.ArticleId)),
        new("date", e => e.Date),
        new("reported_by", e => e.ReportedBy ?? e.ReportedByName),
        new("rule", e => e.Rule),
        new("evidence", e => e.Sentence),
        new("url", e => e.Url) { InTable = false },
    ];

    /// <summary>A whole-number column that is null until the event is merged.</summary>
    private static Column<StoredEvent> Count(string name, Func<StoredEvent, long?> value) =>
        new(name, e => value(e)?.ToString(CultureInfo.InvariantCulture), (json, e) =>
        {
            if (value(e) is { } n)
                json.WriteNumberValue(n);
            else
                json.WriteNullValue();
        });
}
