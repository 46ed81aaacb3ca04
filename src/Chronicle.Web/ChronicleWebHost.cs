using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Chronicle.Storage;
using Chronicle.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chronicle.Web;

/// <summary>Builds the HTTP API and the web page over a store: one process, no Node build, read-only unless told otherwise.</summary>
public static class ChronicleWebHost
{
    public static WebApplication Create(ChronicleWebOptions options, IChronicleStore store)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Actors);
        builder.Services.AddSingleton(options.Ingest?.Time ?? TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddArchiveCaching(ArchiveVersion.For(store));
        builder.Services.AddRateLimiter(limits =>
        {
            // SQLite work runs synchronously on thread-pool threads: a hundred requests at once would block a hundred
            // threads and open a hundred connections (each with a cold page cache). A few run at a time; the rest wait
            // asynchronously, in order, which keeps the tail short under load.
            limits.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetConcurrencyLimiter("store", _ =>
                new ConcurrencyLimiterOptions { PermitLimit = options.Concurrency, QueueLimit = 100_000, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));
        });
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        // Answers from the cache (or a 304) skip the queue in front of the store.
        app.UseArchiveCaching();
        app.UseRateLimiter();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // The page runs only our own script and styles; article text is data, never markup.
            context.Response.Headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            await next(context);
        });
        app.MapOpenApi();
        ArticleEndpoints.Map(app);
        EventEndpoints.Map(app);
        ActorEndpoints.Map(app);
        DocumentEndpoints.Map(app);
        StoryEndpoints.Map(app);
        StaticPage.Map(app);
        return app;
    }

    /// <summary>The addresses a started app listens on (with the real port when port 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <summary>Serves until <paramref name="cancellationToken"/> fires or the process is asked to stop; tells each listening address.</summary>
    public static async Task ServeAsync(ChronicleWebOptions options, IChronicleStore store, Action<string> listening, CancellationToken cancellationToken)
    {
        await using var app = Create(options, store);
        await app.StartAsync(cancellationToken);
        foreach (var address in Addresses(app))
            listening(address);
        await app.WaitForShutdownAsync(cancellationToken);
    }
}
