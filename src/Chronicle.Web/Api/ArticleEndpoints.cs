using Chronicle.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>Articles, search and counts: <c>/api/articles</c>, <c>/api/articles/{id}</c>, <c>/api/search</c>, <c>/api/stats</c>.</summary>
internal static class ArticleEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("articles");
        api.MapGet("/articles", ListAsync)
            .WithSummary("Lists articles, newest first, filtered by outlet, agency and publication dates, a page at a time.")
            .Produces<Page<ArticleItem>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/articles/{id}", GetAsync)
            .WithSummary("One article with its body, provenance and the spans found in the body: times, quantities, quotes, attributions, actor mentions and events, with offsets into the body.")
            .Produces<ArticleDetail>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/search", SearchAsync)
            .WithSummary("Full-text search over titles and bodies, best match first.")
            .Produces<IReadOnlyList<SearchItem>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/stats", StatsAsync)
            .WithSummary("What the archive holds: articles by outlet, date span, wire agencies.")
            .Produces<StatsItem>();
    }

    private static async Task<IResult> ListAsync(IChronicleStore store, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!QueryParameters.TrySingles(request.Query, ["outlet", "agency", "from", "to", "limit", "cursor"], out var values, out var problem))
            return problem!;
        if (!QueryParameters.TryText(values["outlet"], "outlet", out var outletText, out var error))
            return ApiProblems.BadParameter("outlet", error!);
        if (!QueryParameters.TryText(values["agency"], "agency", out var agencyText, out error))
            return ApiProblems.BadParameter("agency", error!);
        if (!QueryParameters.TryDate(values["from"], "from", out var fromDate, out error))
            return ApiProblems.BadParameter("from", error!);
        if (!QueryParameters.TryDate(values["to"], "to", out var toDate, out error))
            return ApiProblems.BadParameter("to", error!);
        if (!QueryParameters.TryLimit(values["limit"], 50, out var pageSize, out error))
            return ApiProblems.BadParameter("limit", error!);
        if (!QueryParameters.TryCursor(values["cursor"], out var offset, out error))
            return ApiProblems.BadParameter("cursor", error!);

        var items = await store.QueryArticlesAsync(new ArticleQuery(outletText, agencyText, fromDate, toDate, offset, pageSize), cancellationToken);
        return Results.Ok(new Page<ArticleItem>(items.Select(ArticleItem.From).ToList(), QueryParameters.NextCursor(offset, items.Count, pageSize)));
    }

    private static async Task<IResult> GetAsync(IChronicleStore store, string id, CancellationToken cancellationToken)
    {
        if (!QueryParameters.TryId(id, "an article", out var articleId, out var problem))
            return problem!;
        var stored = await store.GetArticleAsync(articleId, cancellationToken);
        var spans = await store.GetArticleSpansAsync(articleId, cancellationToken);
        if (stored is null || spans is null)
            return ApiProblems.NotFound($"No article {articleId}.");
        var events = await store.QueryEventsAsync(new EventQuery(ArticleId: articleId, Oldest: true, Limit: int.MaxValue), cancellationToken);
        return Results.Ok(ArticleDetail.From(stored, spans, events.OrderBy(e => e.Spans.SentenceStart).ThenBy(e => e.Id).ToList()));
    }

    private static async Task<IResult> SearchAsync(IChronicleStore store, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!QueryParameters.TrySingles(request.Query, ["q", "limit"], out var values, out var problem))
            return problem!;
        var (q, limit) = (values["q"], values["limit"]);
        if (q is null)
            return ApiProblems.BadParameter("q", "'q' is required.");
        if (!QueryParameters.TryText(q, "q", out var query, out var error))
            return ApiProblems.BadParameter("q", error!);
        if (!QueryParameters.TryLimit(limit, 20, out var pageSize, out error))
            return ApiProblems.BadParameter("limit", error!);
        var hits = await store.SearchAsync(query!, pageSize, cancellationToken);
        if (!hits.IsSuccess)
            return ApiProblems.BadParameter("q", hits.Error!);
        return Results.Ok(hits.Value!.Select(h => new SearchItem(ArticleItem.From(h.Article), h.Snippet, h.Score)).ToList());
    }

    private static async Task<IResult> StatsAsync(IChronicleStore store, CancellationToken cancellationToken) =>
        Results.Ok(StatsItem.From(await store.GetStatsAsync(cancellationToken)));
}
