using Chronicle.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>Stories, the articles ingest clustered about one developing story: <c>/api/stories</c> and <c>/api/stories/{id}</c>.</summary>
internal static class StoryEndpoints
{
    /// <summary>The largest <c>min_articles</c>: beyond any story, small enough to stay a plain number.</summary>
    public const int MaxArticles = 100_000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("stories");
        api.MapGet("/stories", ListAsync)
            .WithSummary("Lists stories, latest first by their last day, a page at a time (limit, cursor). Filters: from and to (YYYY-MM-DD, overlapping the story's span), " +
                "min_articles (at least this many articles).")
            .Produces<Page<StoryItem>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/stories/{id}", GetAsync)
            .WithSummary("One story: its title, span, articles (oldest first) and the timeline of the merged events they report, each as its first report with its mention and source counts.")
            .Produces<StoryDetail>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(IChronicleStore store, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!QueryParameters.TrySingles(request.Query, ["from", "to", "min_articles", "limit", "cursor"], out var values, out var problem))
            return problem!;
        if (!QueryParameters.TryDate(values["from"], "from", out var from, out var error))
            return ApiProblems.BadParameter("from", error!);
        if (!QueryParameters.TryDate(values["to"], "to", out var to, out error))
            return ApiProblems.BadParameter("to", error!);
        if (from > to)
            return ApiProblems.BadParameter("from", $"'from' ({values["from"]}) is after 'to' ({values["to"]}).");
        var minArticles = 1;
        if (values["min_articles"] is { } minText
            && (!int.TryParse(minText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minArticles) || minArticles is < 1 or > MaxArticles))
            return ApiProblems.BadParameter("min_articles", $"'min_articles' must be a whole number from 1 to {MaxArticles}.");
        if (!QueryParameters.TryLimit(values["limit"], 50, out var limit, out error))
            return ApiProblems.BadParameter("limit", error!);
        if (!QueryParameters.TryCursor(values["cursor"], out var offset, out error))
            return ApiProblems.BadParameter("cursor", error!);

        var stories = await store.QueryStoriesAsync(new StoryQuery(from, to, minArticles, offset, limit), cancellationToken);
        return Results.Ok(new Page<StoryItem>(stories.Select(StoryItem.From).ToList(), QueryParameters.NextCursor(offset, stories.Count, limit)));
    }

    private static Task<IResult> GetAsync(IChronicleStore store, string id, CancellationToken cancellationToken) =>
        QueryParameters.OneAsync(id, "a story", storyId => store.GetStoryAsync(storyId, cancellationToken), StoryDetail.From);
}
