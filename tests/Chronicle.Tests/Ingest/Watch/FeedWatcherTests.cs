using Chronicle.Ingest.Watch;
using Chronicle.Storage;
using Chronicle.Storage.Sqlite;
using Chronicle.Tests.Cli;
using Chronicle.Tests.Storage;
using Chronicle.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Tests.Ingest.Watch;

/// <summary>The watcher against a local feed server, on a fake clock: conditional requests, new items, restarts, politeness and failures.</summary>
public sealed class FeedWatcherTests : TempStore, IAsyncLifetime
{
    private static readonly DateTimeOffset Modified = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly WatchOptions Quick = new() { Interval = TimeSpan.FromMinutes(1), PerHostDelay = TimeSpan.Zero, MaxBackoff = TimeSpan.FromMinutes(10) };

    private readonly List<string> failures = [];
    private LoopbackServer server = null!;

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        server = await LoopbackServer.StartAsync(Time);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await server.DisposeAsync();
        await DisposeAsync();
    }

    private WatchLog Log => new(_ => { }, failures.Add);

    private FeedWatcher Watcher(WatchOptions? options = null, Random? random = null) =>
        new(IngestTestEngine.Create(Time), Store, Store, options ?? Quick, random: random);

    private async Task<FeedPoll> PollAsync(FeedWatcher watcher, string path) =>
        Assert.Single(await watcher.PollOnceAsync([server.Url(path)], Log, Token));

    [Fact]
    public async Task Poll_SendsStoredValidators_AndA304IngestsNothing()
    {
        server.AnswerConditionally("/feed", TestFeeds.Rss(null, ("a", "Talks resume"), ("b", "Aid arrives")), "\"v1\"", Modified);
        using var watcher = Watcher();

        var first = await PollAsync(watcher, "/feed");
        Time.Advance(Quick.Interval);
        var second = await PollAsync(watcher, "/feed");

        Assert.Equal((FeedPollOutcome.Fetched, 2, 2), (first.Outcome, first.NewItems, first.Stored));
        Assert.Equal((FeedPollOutcome.NotModified, 0, 0), (second.Outcome, second.NewItems, second.Stored));
        var request = server.Requests[^1];
        Assert.Equal(("\"v1\"", Modified.ToString("R")), (request.IfNoneMatch, request.IfModifiedSince));
        Assert.Null(server.Requests[0].IfNoneMatch);
        Assert.Equal(2, (await Store.GetStatsAsync(Token)).Articles);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Poll_NewItemOnTheNextPoll_IsIngestedOnce()
    {
        server.AnswerConditionally("/feed", TestFeeds.Rss(null, ("a", "Talks resume")), "\"v1\"", Modified);
        using var watcher = Watcher();
        await PollAsync(watcher, "/feed");
        server.AnswerAlways("/feed", TestFeeds.Rss(null, ("b", "Aid arrives"), ("a", "Talks resume")));

        Time.Advance(Quick.Interval);
        var second = await PollAsync(watcher, "/feed");
        Time.Advance(Quick.Interval);
        var third = await PollAsync(watcher, "/feed");

        Assert.Equal((FeedPollOutcome.Fetched, 1, 1), (second.Outcome, second.NewItems, second.Stored));
        Assert.Equal((FeedPollOutcome.Fetched, 0, 0), (third.Outcome, third.NewItems, third.Stored));
        Assert.Equal(2, (await Store.GetStatsAsync(Token)).Articles);
    }

    [Fact]
    public async Task Restart_NewWatcherOverTheSameDatabase_NeitherRefetchesNorReingests()
    {
        server.AnswerConditionally("/conditional", TestFeeds.Rss(null, ("a", "Talks resume")), "\"v1\"", Modified);
        server.AnswerAlways("/plain", TestFeeds.Rss(null, ("b", "Aid arrives"), ("c", "Troops withdraw")));
        using (var watcher = Watcher())
            await watcher.PollOnceAsync([server.Url("/conditional"), server.Url("/plain")], Log, Token);
        await Store.DisposeAsync();
        var reopened = (await SqliteChronicleStore.OpenAsync(Store.Path, Time, Token)).Value!;

        using var restarted = new FeedWatcher(IngestTestEngine.Create(Time), reopened, reopened, Quick);
        var polls = await restarted.PollOnceAsync([server.Url("/conditional"), server.Url("/plain")], Log, Token);

        Assert.Equal(FeedPollOutcome.NotModified, polls.Single(p => p.Feed.EndsWith("/conditional", StringComparison.Ordinal)).Outcome);
        var plain = polls.Single(p => p.Feed.EndsWith("/plain", StringComparison.Ordinal));
        Assert.Equal((FeedPollOutcome.Fetched, 0, 0), (plain.Outcome, plain.NewItems, plain.Stored));
        Assert.Equal(3, (await reopened.GetStatsAsync(Token)).Articles);
        await reopened.DisposeAsync();
    }

    [Fact]
    public async Task Poll_TwoFeedsOfOneHost_AreSpacedByThePerHostDelay()
    {
        var delay = TimeSpan.FromSeconds(10);
        server.AnswerAlways("/one", TestFeeds.Rss(null, ("a", "Talks resume")));
        server.AnswerAlways("/two", TestFeeds.Rss(null, ("b", "Aid arrives")));
        using var watcher = Watcher(Quick with { PerHostDelay = delay });

        var polls = await WhileTheClockRuns(watcher.PollOnceAsync([server.Url("/one"), server.Url("/two")], Log, Token));

        Assert.All(polls, poll => Assert.Equal(FeedPollOutcome.Fetched, poll.Outcome));
        var times = server.Requests.Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= delay, $"requests {times[1] - times[0]} apart");
    }

    [Fact]
    public async Task Poll_On500s_BacksOffExponentiallyWithJitter_CappedAndResetOnSuccess()
    {
        var failing = 5;
        server.Answer("/feed", context =>
        {
            if (failing-- > 0)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return Task.CompletedTask;
            }

            return LoopbackServer.Write(context, TestFeeds.Rss(null, ("a", "Talks resume")), TestFeeds.ContentType);
        });
        using var watcher = Watcher(random: new Random(7));
        var waits = new List<TimeSpan>();
        FeedPoll poll;
        do
        {
            poll = await PollAsync(watcher, "/feed");
            waits.Add(poll.NextPoll - Time.GetUtcNow());
            Assert.NotEqual(FeedPollOutcome.Deferred, poll.Outcome);
            var deferred = await PollAsync(watcher, "/feed");
            Assert.Equal(poll.Outcome == FeedPollOutcome.Failed ? FeedPollOutcome.Deferred : FeedPollOutcome.Fetched, deferred.Outcome);
            Time.Advance(poll.NextPoll - Time.GetUtcNow());
        }
        while (poll.Outcome == FeedPollOutcome.Failed);

        var minutes = waits.Select(w => w.TotalMinutes).ToList();
        Assert.Equal(6, minutes.Count);
        Assert.InRange(minutes[0], 1, 1.25);
        Assert.InRange(minutes[1], 2, 2.5);
        Assert.InRange(minutes[2], 4, 5);
        Assert.InRange(minutes[3], 8, 10);
        Assert.Equal(10, minutes[4]);
        Assert.Equal(1, minutes[5]);
        Assert.Equal(0, (await Store.GetFeedAsync(server.Url("/feed"), Token))!.Failures);
        Assert.Equal(6 + 1, server.CountRequests("/feed"));
    }

    [Theory]
    [InlineData("3600")]
    [InlineData("Sat, 01 Mar 2025 13:00:00 GMT")]
    public async Task Poll_TooManyRequests_WaitsOutRetryAfter(string retryAfter)
    {
        server.AnswerStatus("/feed", StatusCodes.Status429TooManyRequests, retryAfter);
        using var watcher = Watcher();

        var poll = await PollAsync(watcher, "/feed");
        Time.Advance(TimeSpan.FromMinutes(59));
        var early = await PollAsync(watcher, "/feed");

        Assert.Equal((FeedPollOutcome.Failed, 429), (poll.Outcome, poll.HttpStatus));
        Assert.Equal(Time.GetUtcNow() + TimeSpan.FromMinutes(1), poll.NextPoll);
        Assert.Equal(FeedPollOutcome.Deferred, early.Outcome);
        Assert.Equal(1, server.CountRequests("/feed"));
    }

    [Fact]
    public async Task Poll_MalformedFeed_FailsNamingTheFeed_AndTheOthersGoOn()
    {
        server.AnswerAlways("/broken", "<?xml version=\"1.0\"?><rss><channel><item><title>Half</title></channel></rss>");
        server.AnswerAlways("/page", "<!DOCTYPE html><html><body><p>Not a feed</p></body></html>", "text/html");
        server.AnswerAlways("/good", TestFeeds.Rss(null, ("a", "Talks resume")));
        using var watcher = Watcher();

        var polls = await watcher.PollOnceAsync([server.Url("/broken"), server.Url("/page"), server.Url("/good")], Log, Token);

        var broken = polls.Single(p => p.Feed == server.Url("/broken"));
        Assert.Equal(FeedPollOutcome.Failed, broken.Outcome);
        Assert.StartsWith("invalid XML: ", broken.Error, StringComparison.Ordinal);
        Assert.StartsWith("not an RSS or Atom feed", polls.Single(p => p.Feed == server.Url("/page")).Error, StringComparison.Ordinal);
        Assert.Equal((FeedPollOutcome.Fetched, 1), polls.Single(p => p.Feed == server.Url("/good")) is var good ? (good.Outcome, good.Stored) : default);
    }

    [Fact]
    public async Task Poll_ConnectionRefused_Fails()
    {
        var closed = $"http://127.0.0.1:{FreePort()}/feed";
        using var watcher = Watcher();

        var poll = Assert.Single(await watcher.PollOnceAsync([closed], Log, Token));

        Assert.Equal((FeedPollOutcome.Failed, null), (poll.Outcome, poll.HttpStatus));
        Assert.StartsWith("fetch failed: ", poll.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await Store.GetFeedAsync(closed, Token))!.Failures);
    }

    [Theory]
    [InlineData("<ttl>90</ttl>", null, 90)]
    [InlineData(null, "max-age=7200", 120)]
    [InlineData("<ttl>0</ttl>", "max-age=10", 1)]
    public async Task Poll_PublisherAsksForALongerWait_IsHonoured(string? ttl, string? cacheControl, int minutes)
    {
        server.Answer("/feed", context =>
        {
            if (cacheControl is not null)
                context.Response.Headers.CacheControl = cacheControl;
            return LoopbackServer.Write(context, TestFeeds.Rss(ttl, ("a", "Talks resume")), TestFeeds.ContentType);
        });
        using var watcher = Watcher();

        var poll = await PollAsync(watcher, "/feed");

        Assert.Equal(Time.GetUtcNow() + TimeSpan.FromMinutes(minutes), poll.NextPoll);
    }

    [Fact]
    public async Task Poll_FetchArticles_IngestsEachItemsPage_AndRetriesAPageThatFailed()
    {
        var feed = TestFeeds.Rss(null, ("one", "Talks resume"), ("two", "Aid arrives")).Replace("https://news.example/", server.Url("/article/"), StringComparison.Ordinal);
        server.AnswerAlways("/feed", feed);
        server.AnswerAlways("/article/one", "<html><head><title>Full story</title></head><body><p>The full story of the talks, as the outlet printed it on its own page today.</p></body></html>", "text/html");
        using var watcher = Watcher(Quick with { FetchArticles = true });

        var first = await PollAsync(watcher, "/feed");
        server.AnswerAlways("/article/two", "<html><body><p>The full story of the aid convoy, as the outlet printed it on its own page today.</p></body></html>", "text/html");
        Time.Advance(Quick.Interval);
        var second = await PollAsync(watcher, "/feed");

        Assert.Equal((2, 1, 1), (first.NewItems, first.Stored, first.FailedItems));
        Assert.Contains(failures, line => line.Contains("/article/two", StringComparison.Ordinal) && line.Contains("HTTP 404", StringComparison.Ordinal));
        Assert.Equal((1, 1, 0), (second.NewItems, second.Stored, second.FailedItems));
        var stored = await Store.QueryArticlesAsync(new ArticleQuery(), Token);
        Assert.All(stored, article => Assert.Contains("/article/", article.Url!, StringComparison.Ordinal));
    }

    /// <summary>Advances the fake clock a second at a time while <paramref name="work"/> waits on it.</summary>
    private async Task<T> WhileTheClockRuns<T>(Task<T> work)
    {
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(20, Token));
            if (!work.IsCompleted)
                Time.Advance(TimeSpan.FromSeconds(1));
        }

        return await work;
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
