using System.Globalization;
using Chronicle.Events;
using Chronicle.Storage;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Api;

/// <summary>Reads the event filters shared by <c>/api/events</c>, its export, its counts and <c>/api/timeline</c> from
/// the query string; the first bad value becomes a 400 naming it.</summary>
internal static class EventParameters
{
    /// <summary>The largest number of actor filters: two give the events between them, more match nothing useful.</summary>
    public const int MaxActors = 4;

    /// <summary>Every single-valued parameter the event filters read, for the OpenAPI description and the fuzz tests.</summary>
    public static readonly string[] Names = ["cameo", "plover", "quad_class", "from", "to", "status", "min_sources", "single_source", "sort", "limit", "cursor"];

    /// <summary>The largest <c>min_sources</c>: far beyond any merged event's count, small enough to stay a plain number.</summary>
    public const int MaxSources = 10_000;

    public static bool TryParse(IQueryCollection q, int defaultLimit, int maxLimit, out EventQuery query, out IResult? problem)
    {
        query = new EventQuery();
        if (!QueryParameters.TrySingles(q, Names, out var values, out problem))
            return false;

        var actors = new List<string>();
        foreach (var actor in q["actor"])
        {
            if (string.IsNullOrWhiteSpace(actor))
                continue;
            if (!EventQuery.IsActorFilter(actor.Trim()))
                return Fail("actor", $"'actor' takes an actor code of 3 to 15 letters or digits (RUS, PRKGOV, IGOUNO), not '{Shorten(actor)}'.", out problem);
            actors.Add(actor.Trim().ToUpperInvariant());
        }

        if (actors.Count > MaxActors)
            return Fail("actor", $"'actor' is given {actors.Count} times; at most {MaxActors}.", out problem);
        if (values["cameo"] is { } cameo && !EventQuery.IsCameoFilter(cameo))
            return Fail("cameo", $"'cameo' takes a CAMEO root or code prefix of two to four digits (04, 042), not '{Shorten(cameo)}'.", out problem);
        if (values["plover"] is { } plover && (plover.Length > 20 || !plover.All(c => char.IsAsciiLetter(c) || c == '_')))
            return Fail("plover", $"'plover' takes a PLOVER event type (CONSULT, ASSAULT…), not '{Shorten(plover)}'.", out problem);
        int? quad = null;
        if (values["quad_class"] is { } quadText)
        {
            if (quadText is not ("1" or "2" or "3" or "4"))
                return Fail("quad_class", $"'quad_class' is 1, 2, 3 or 4, not '{Shorten(quadText)}'.", out problem);
            quad = quadText[0] - '0';
        }

        if (!QueryParameters.TryDate(values["from"], "from", out var from, out var dateError))
            return Fail("from", dateError!, out problem);
        if (!QueryParameters.TryDate(values["to"], "to", out var to, out dateError))
            return Fail("to", dateError!, out problem);
        if (from > to)
            return Fail("from", $"'from' ({values["from"]}) is after 'to' ({values["to"]}).", out problem);
        if (values["status"] is { } status && !StatusNames.All.Contains(status))
            return Fail("status", $"'status' is one of {string.Join(", ", StatusNames.All)}, not '{Shorten(status)}'.", out problem);
        int? minSources = null;
        if (values["min_sources"] is { } minText)
        {
            if (!int.TryParse(minText, NumberStyles.None, CultureInfo.InvariantCulture, out var min) || min is < 1 or > MaxSources)
                return Fail("min_sources", $"'min_sources' is a whole number from 1 to {MaxSources}, not '{Shorten(minText)}'.", out problem);
            minSources = min;
        }

        int? maxSources = null;
        switch (values["single_source"])
        {
            case null or "false":
                break;
            case "true":
                maxSources = 1;
                break;
            default:
                return Fail("single_source", $"'single_source' is true (only claims resting on one source) or false, not '{Shorten(values["single_source"]!)}'.", out problem);
        }

        bool? oldest = values["sort"] switch
        {
            null => false,
            "date_desc" => false,
            "date_asc" => true,
            _ => null,
        };
        if (oldest is null)
            return Fail("sort", $"'sort' is date_desc (newest first) or date_asc (oldest first), not '{Shorten(values["sort"]!)}'.", out problem);
        if (!QueryParameters.TryLimit(values["limit"], defaultLimit, out var limit, out var limitError, maxLimit))
            return Fail("limit", limitError!, out problem);
        if (!QueryParameters.TryCursor(values["cursor"], out var offset, out var cursorError))
            return Fail("cursor", cursorError!, out problem);

        query = new EventQuery(actors, values["cameo"], from, to, values["status"], oldest.Value, offset, limit, Plover: values["plover"], QuadClass: quad,
            MinSources: minSources, MaxSources: maxSources);
        return true;
    }

    private static bool Fail(string name, string reason, out IResult? problem)
    {
        problem = ApiProblems.BadParameter(name, reason);
        return false;
    }

    /// <summary>A bad value as the error repeats it: short, so a huge parameter does not come back whole.</summary>
    private static string Shorten(string value) =>
        value.Length <= 40 ? value : string.Create(CultureInfo.InvariantCulture, $"{value[..40]}… ({value.Length} characters)");
}
