using System.Globalization;
using System.Text;
using Chronicle.Actors;
using Chronicle.Export;
using Chronicle.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>Coded events: <c>/api/events</c> (filters, sorting, cursor), one event, counts by month, exports, and
/// <c>/api/timeline</c> between two actors, and the merged event an event belongs to (<c>/api/events/{id}/merged</c>).</summary>
internal static class EventEndpoints
{
    public const int MaxExport = 10_000;

    private const string FilterHelp = "Filters: actor (repeatable; a code or its start, two give the events between them), cameo (root or code prefix), " +
        "plover (event type), quad_class (1-4), from and to (YYYY-MM-DD, overlapping the event's time), status, " +
        "min_sources (at least this many independent sources behind the merged event), single_source (true: only claims resting on one source), sort (date_desc or date_asc).";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("events");
        api.MapGet("/events", ListAsync)
            .WithSummary("Lists coded events, newest first, a page at a time (limit, cursor). " + FilterHelp)
            .Produces<Page<EventItem>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/events/counts", CountsAsync)
            .WithSummary("Counts the events matching the filters by month and quad class, for charts. " + FilterHelp)
            .Produces<IReadOnlyList<MonthCountItem>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/events/export", ExportAsync)
            .WithSummary($"Exports the events matching the filters (at most {MaxExport} a request; limit and cursor page) as format=jsonl, csv or tsv (the GDELT 2.0 event export's 61 columns). " + FilterHelp)
            .Produces<string>(StatusCodes.Status200OK, "application/jsonl", "text/csv", "text/tab-separated-values").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/events/{id}", GetAsync)
            .WithSummary("One event with its evidence: the sentence, the offsets of its actors and verb in the article's body, and the rule that coded it.")
            .Produces<EventItem>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/events/{id}/merged", GetMergedAsync)
            .WithSummary("The merged event that event id reports (any of its mentions' ids works): every mention with its article, outlet, date, evidence and rule, " +
                "first report first; the origins they come from (copies of one text are one origin) and the independent sources behind them.")
            .Produces<MergedEventItem>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/timeline", TimelineAsync)
            .WithSummary("The events between actors a and b (codes or their starts: a=RUS&b=PRK), oldest first, with monthly counts by quad class. Takes the other event filters too.")
            .Produces<TimelineItem>().ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ListAsync(IChronicleStore store, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!EventParameters.TryParse(request.Query, 50, QueryParameters.MaxLimit, out var query, out var problem))
            return problem!;
        return Results.Ok(await PageAsync(store, query, cancellationToken));
    }

    private static async Task<IResult> CountsAsync(IChronicleStore store, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!EventParameters.TryParse(request.Query, 50, QueryParameters.MaxLimit, out var query, out var problem))
            return problem!;
        return Results.Ok(await MonthsAsync(store, query, cancellationToken));
    }

    private static async Task<IResult> ExportAsync(IChronicleStore store, TimeProvider time, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!QueryParameters.TrySingle(request.Query, "format", out var name, out var error))
            return ApiProblems.BadParameter("format", error!);
        if (EventExport.Parse(name) is not { } format || format == EventExportFormat.Json)
            return ApiProblems.BadParameter("format", "'format' is jsonl, csv or tsv.");
        if (!EventParameters.TryParse(request.Query, MaxExport, MaxExport, out var query, out var problem))
            return problem!;
        var events = await store.QueryEventsAsync(query, cancellationToken);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        EventExport.Write(text, format, events, time.GetUtcNow());
        var extension = format.ToString().ToLowerInvariant();
        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), EventExport.MediaType(format) + "; charset=utf-8", "chronicle-events." + extension);
    }

    private static Task<IResult> GetAsync(IChronicleStore store, string id, CancellationToken cancellationToken) =>
        QueryParameters.OneAsync(id, "an event", async eventId => (await store.QueryEventsAsync(new EventQuery(Id: eventId, Limit: 1), cancellationToken)).FirstOrDefault(), EventItem.From);

    private static Task<IResult> GetMergedAsync(IChronicleStore store, string id, CancellationToken cancellationToken) =>
        QueryParameters.OneAsync(id, "an event", eventId => store.GetMergedEventAsync(eventId, cancellationToken), MergedEventItem.From);

    private static async Task<IResult> TimelineAsync(IChronicleStore store, ActorDictionary dictionary, HttpRequest request, CancellationToken cancellationToken)
    {
        var pair = new string[2];
        foreach (var (name, at) in new[] { ("a", 0), ("b", 1) })
        {
            if (!QueryParameters.TrySingle(request.Query, name, out var value, out var error))
                return ApiProblems.BadParameter(name, error!);
            if (string.IsNullOrWhiteSpace(value))
                return ApiProblems.BadParameter(name, $"'{name}' is required: an actor code or its start (a=RUS&b=PRK).");
            if (!EventQuery.IsActorFilter(value.Trim()))
                return ApiProblems.BadParameter(name, $"'{name}' takes an actor code of 3 to 15 letters or digits (RUS, PRKGOV).");
            pair[at] = value.Trim().ToUpperInvariant();
        }

        if (request.Query.ContainsKey("actor"))
            return ApiProblems.BadParameter("actor", "the timeline's actors are 'a' and 'b'; 'actor' does not apply.");
        var sorted = request.Query.ContainsKey("sort");
        if (!EventParameters.TryParse(request.Query, 100, QueryParameters.MaxLimit, out var query, out var problem))
            return problem!;
        query = query with { Actors = pair, Oldest = !sorted || query.Oldest };
        return Results.Ok(new TimelineItem(
            Name(dictionary, pair[0]), Name(dictionary, pair[1]), await MonthsAsync(store, query, cancellationToken), await PageAsync(store, query, cancellationToken)));
    }

    private static async Task<Page<EventItem>> PageAsync(IChronicleStore store, EventQuery query, CancellationToken cancellationToken)
    {
        var events = await store.QueryEventsAsync(query, cancellationToken);
        return new Page<EventItem>(events.Select(EventItem.From).ToList(), QueryParameters.NextCursor(query.Offset, events.Count, query.Limit));
    }

    private static async Task<IReadOnlyList<MonthCountItem>> MonthsAsync(IChronicleStore store, EventQuery query, CancellationToken cancellationToken) =>
        (await store.CountEventsAsync(query, cancellationToken)).Select(c => new MonthCountItem(c.Month, c.QuadClass, c.Count)).ToList();

    /// <summary>The country's (or bloc's) name for a code's first three letters, when the dictionaries know it.</summary>
    internal static ActorNameItem Name(ActorDictionary dictionary, string code) =>
        new(code, dictionary.CountryName(code[..3]) is var name && name != code[..3] ? name : null);
}
