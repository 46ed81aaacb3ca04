using System.Globalization;
using Chronicle.Ingest;
using Chronicle.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace Chronicle.Web.Api;

/// <summary><c>POST /api/documents</c>: ingests one request body (an HTML page, a text dump or JSONL documents) through the
/// same loader and ingest run as <c>chronicle ingest</c>. Only when the server was started with <c>--allow-ingest</c>.</summary>
internal static class DocumentEndpoints
{
    /// <summary>The media types a body may declare; the loader still reads the kind from the bytes, as ingest does.</summary>
    public static readonly string[] MediaTypes =
        ["text/html", "application/xhtml+xml", "text/plain", "application/jsonl", "application/x-ndjson", "application/x-jsonlines"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/documents", PostAsync).WithTags("documents")
            .WithSummary("Ingests the body (HTML, plain text or JSONL; at most the ingest size limit, 20 MB) and returns the id of each document's article, " +
                "stored now or before. Optional url: the page's address, evidence for its date and outlet. Read-only servers answer 405.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Described here rather than with Accepts(), whose 415 would come from routing without saying which types are taken.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "One document (HTML or a text dump) or JSONL documents, one a line.",
                    Content = MediaTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
                };
                return Task.CompletedTask;
            })
            .Produces<IngestResultItem>(StatusCodes.Status201Created).Produces<IngestResultItem>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status405MethodNotAllowed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> PostAsync(IChronicleStore store, ChronicleWebOptions options, ArchiveVersion version, HttpContext context, CancellationToken cancellationToken)
    {
        if (options.Ingest is not { } engine)
        {
            context.Response.Headers.Allow = "GET";
            return Results.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Read-only server",
                detail: "This server does not ingest; start it with 'chronicle serve --allow-ingest' to POST documents.");
        }

        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var declared)
            || !MediaTypes.Contains(declared.MediaType.Value ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
                detail: $"Content-Type '{request.ContentType}' is not one of {string.Join(", ", MediaTypes)}.");
        }

        if (!QueryParameters.TrySingle(request.Query, "url", out var url, out var error))
            return ApiProblems.BadParameter("url", error!);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && url.Length <= 2048))
            return ApiProblems.BadParameter("url", "'url' must be an absolute http(s) address of at most 2048 characters.");

        var limit = engine.IngestOptions.MaxDocumentBytes;
        if (request.ContentLength > limit)
            return TooLarge(request.ContentLength.Value, limit);
        var body = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            // Chunked bodies declare no length: stop reading at the limit instead of buffering whatever comes.
            if (body.Length + read > limit)
                return TooLarge(body.Length + read, limit);
            body.Write(buffer, 0, read);
        }

        if (body.Length == 0)
            return ApiProblems.BadParameter("body", "the request body is empty.");
        body.Position = 0;

        using var loader = engine.CreateLoader();
        var documents = loader.LoadStream("POST /api/documents", body, body.Length, url).ToList();
        var hashes = documents.Where(d => d.Document.IsSuccess).Select(d => d.Document.Value!.Provenance.Sha256).Distinct().ToList();
        var before = await store.FindArticleIdsAsync(hashes, cancellationToken);
        var failed = new List<string>();
        try
        {
            await new IngestRun(engine, store, engine.Time).RunAsync(documents, failed.Add, _ => { }, cancellationToken);
        }
        finally
        {
            // Cached answers and ETags from before this ingest no longer hold, even if only part of it was stored.
            version.Changed();
        }

        var after = await store.FindArticleIdsAsync(hashes, cancellationToken);
        var items = hashes.Where(after.ContainsKey).Select(h => new IngestedItem(after[h], before.ContainsKey(h))).ToList();
        if (items.Count == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Nothing ingested",
                detail: failed.Count > 0 ? string.Join("\n", failed) : "The body holds no document.");
        }

        var result = new IngestResultItem(items, failed);
        return items.Any(i => !i.Duplicate) ? Results.Json(result, statusCode: StatusCodes.Status201Created) : Results.Ok(result);
    }

    private static IResult TooLarge(long size, long limit) => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Document too large",
        detail: string.Create(CultureInfo.InvariantCulture, $"The body is {size} bytes or more, over the ingest limit of {limit} bytes."));
}
