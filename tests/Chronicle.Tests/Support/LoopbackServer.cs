using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chronicle.Tests.Support;

/// <summary>One request the server saw: its path, the validators it carried and when (on the test's clock) it came.</summary>
internal sealed record ServedRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, DateTimeOffset At);

/// <summary>
/// A Kestrel server on 127.0.0.1 (a free port) whose answers each test sets per path, recording every request; never
/// the network. Paths with no answer get 404. Its Date header reads the test's clock.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ServedRequest> requests = new();
    private readonly WebApplication app;
    private readonly TimeProvider clock;

    private LoopbackServer(WebApplication app, TimeProvider clock)
    {
        this.app = app;
        this.clock = clock;
    }

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<ServedRequest> Requests => [.. requests];

    public static async Task<LoopbackServer> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new LoopbackServer(builder.Build(), clock);
        server.app.Run(server.AnswerAsync);
        await server.app.StartAsync();
        server.BaseUrl = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public string Url(string path) => BaseUrl + path;

    public void Answer(string path, Func<HttpContext, Task> answer) => answers[path] = answer;

    /// <summary>Serves <paramref name="body"/> with an ETag and Last-Modified, answering 304 to a request that sends either back.</summary>
    public void AnswerConditionally(string path, string body, string etag, DateTimeOffset lastModified, string contentType = "application/rss+xml") =>
        Answer(path, context =>
        {
            var modified = lastModified.ToString("R");
            if (context.Request.Headers.IfNoneMatch == etag || context.Request.Headers.IfModifiedSince == modified)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            context.Response.Headers.ETag = etag;
            context.Response.Headers.LastModified = modified;
            return Write(context, body, contentType);
        });

    public void AnswerAlways(string path, string body, string contentType = "application/rss+xml") =>
        Answer(path, context => Write(context, body, contentType));

    public void AnswerStatus(string path, int status, string? retryAfter = null) =>
        Answer(path, context =>
        {
            context.Response.StatusCode = status;
            if (retryAfter is not null)
                context.Response.Headers.RetryAfter = retryAfter;
            return Task.CompletedTask;
        });

    public int CountRequests(string path) => requests.Count(r => r.Path == path);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    public static Task Write(HttpContext context, string body, string contentType)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    private Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        requests.Enqueue(new ServedRequest(
            request.Path.Value ?? "", request.Headers.IfNoneMatch.FirstOrDefault(), request.Headers.IfModifiedSince.FirstOrDefault(), clock.GetUtcNow()));
        // The server's clock is the test's, so Retry-After dates and fetch times read against it.
        context.Response.Headers.Date = clock.GetUtcNow().ToString("R");
        if (answers.TryGetValue(request.Path.Value ?? "", out var answer))
            return answer(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
