using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Chronicle.Web;

/// <summary>
/// HTTP caching for a read-mostly archive. Every API answer to a GET carries a strong ETag from the
/// <see cref="ArchiveVersion"/>: a client that sends it back in If-None-Match gets a 304 without any query running.
/// The server also keeps answers in its output cache, keyed by path, query string and archive version, so a repeated
/// request is served from memory until the data changes.
/// </summary>
internal static class ArchiveCaching
{
    private const string VersionKey = "archive";

    public static void AddArchiveCaching(this IServiceCollection services, ArchiveVersion version)
    {
        services.AddSingleton(version);
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 64L * 1024 * 1024;
            cache.AddBasePolicy(policy => policy
                .With(context => IsApiRead(context.HttpContext.Request))
                .VaryByValue(_ => new KeyValuePair<string, string>(VersionKey, version.Current))
                .Expire(TimeSpan.FromMinutes(10)));
        });
    }

    public static void UseArchiveCaching(this WebApplication app)
    {
        var version = app.Services.GetRequiredService<ArchiveVersion>();
        app.Use(async (context, next) =>
        {
            if (!IsApiRead(context.Request))
            {
                await next(context);
                return;
            }

            var etag = new StringValues("\"" + version.Current + "\"");
            var headers = context.Response.Headers;
            if (context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag[0])))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                headers.ETag = etag;
                return;
            }

            headers.CacheControl = "no-cache";
            headers.ETag = etag;
            context.Response.OnStarting(() =>
            {
                // Only a successful answer is a representation a client may revalidate.
                if (context.Response.StatusCode != StatusCodes.Status200OK)
                    context.Response.Headers.Remove("ETag");
                return Task.CompletedTask;
            });
            await next(context);
        });
        app.UseOutputCache();
    }

    private static bool IsApiRead(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.StartsWithSegments("/api");
}
