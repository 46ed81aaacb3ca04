using System.Globalization;
using Chronicle.Actors;
using Chronicle.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>Actors: the most mentioned (<c>/api/actors</c>) and one actor's roles, names, counterparts and articles (<c>/api/actors/{code}</c>).</summary>
internal static class ActorEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("actors");
        api.MapGet("/actors", ListAsync)
            .WithSummary("The most mentioned actors with their codes, mention and article counts, largest first.")
            .Produces<IReadOnlyList<ActorSummary>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/actors/{code}", GetAsync)
            .WithSummary("One actor by code (RUSGOV, PRK) or canonical name: its roles over time when the dictionaries know them, the names the archive uses for it, " +
                "its counterparts in events by count and quad class, and the articles that mention it most.")
            .Produces<ActorDetail>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(IChronicleStore store, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!QueryParameters.TrySingles(request.Query, ["limit"], out var values, out var problem))
            return problem!;
        if (!QueryParameters.TryLimit(values["limit"], 50, out var limit, out var error))
            return ApiProblems.BadParameter("limit", error!);
        return Results.Ok(await store.QueryActorsAsync(limit, cancellationToken));
    }

    private static async Task<IResult> GetAsync(IChronicleStore store, ActorDictionary dictionary, string code, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!QueryParameters.TryText(code, "code", out var wanted, out var error) || wanted is null)
            return ApiProblems.BadParameter("code", error ?? "'code' is empty.");
        if (!QueryParameters.TrySingles(request.Query, ["limit"], out var values, out var problem))
            return problem!;
        if (!QueryParameters.TryLimit(values["limit"], 20, out var limit, out error))
            return ApiProblems.BadParameter("limit", error!);

        var report = await store.GetActorAsync(wanted, limit, cancellationToken);
        var entries = dictionary.FindAll(report.Actors.Select(a => a.Actor).Append(wanted));
        if (entries.Count == 0 && report.Actors.Count == 0)
            return ApiProblems.NotFound($"'{wanted}' is neither in the actor dictionaries nor mentioned in this archive.");

        // Relations follow the code asked for, or the code the archive gives the named actor most often.
        var relationCode = EventQuery.IsActorFilter(wanted) && wanted.All(c => !char.IsAsciiLetterLower(c))
            ? wanted
            : report.Actors.Select(a => a.Code).FirstOrDefault(c => c is not null);
        IReadOnlyList<ActorRelation> relations = relationCode is null ? [] : await store.QueryRelationsAsync(relationCode, limit, cancellationToken);
        return Results.Ok(new ActorDetail(
            wanted,
            report.Actors,
            entries.SelectMany(e => e.Dated.Select(d => new RoleItem(e.Actor, e.Type.ToString().ToLowerInvariant(), d.Code, Day(d.From), Day(d.To)))).ToList(),
            report.Aliases,
            relations.Select(r => new RelationItem(r.Code, r.Name, r.Events, r.ByQuadClass)).ToList(),
            report.Articles));
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
