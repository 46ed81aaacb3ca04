using System.CommandLine;
using Chronicle.Cli;
using Chronicle.Cli.Commands;
using Chronicle.Tests.Ingest.Watch;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

/// <summary><c>chronicle watch --once</c> against a local feed server, as cron would run it.</summary>
public sealed class WatchCommandTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private readonly CliRunner cli;
    private LoopbackServer server = null!;

    public WatchCommandTests() =>
        cli = new CliRunner(folder.File("chronicle.db"), () => new RootCommand("test") { WatchCommand.Create(IngestTestEngine.Create, TimeProvider.System) });

    public async ValueTask InitializeAsync() => server = await LoopbackServer.StartAsync(TimeProvider.System);

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Watch_Once_IngestsNewItems_ThenTheNextRunGetsA304()
    {
        server.AnswerConditionally("/feed", TestFeeds.Rss(null, ("a", "Talks resume"), ("b", "Aid arrives")), "\"v1\"", DateTimeOffset.UtcNow.AddHours(-1));
        var list = folder.File("feeds.txt");
        await File.WriteAllTextAsync(list, "# one feed\n" + server.Url("/feed") + "\n", TestContext.Current.CancellationToken);

        var first = await cli.RunAsync("watch", list, "--once", "--per-host-delay", "0s");
        var second = await cli.RunAsync("watch", server.Url("/feed"), "--once", "--interval", "1m");

        Assert.Equal((ExitCodes.Success, ""), (first.ExitCode, first.Errors));
        Assert.Contains($"{server.Url("/feed")} 200: 2 new, 2 stored, 0 failed; next poll ", first.Output, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Success, ""), (second.ExitCode, second.Errors));
        Assert.Contains($"{server.Url("/feed")} 304 not modified; next poll ", second.Output, StringComparison.Ordinal);
        Assert.Contains("Watched 1 feeds: 0 fetched, 1 not modified, 0 failing; 0 new items", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_Once_ABrokenFeed_IsNamedOnStandardError_ExitsOne_TheOthersAreIngested()
    {
        server.AnswerAlways("/broken", "<rss><channel><item><title>Half");
        server.AnswerAlways("/good", TestFeeds.Rss(null, ("a", "Talks resume")));

        var run = await cli.RunAsync("watch", server.Url("/broken"), server.Url("/good"), "--once", "--per-host-delay", "0s");

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        Assert.Contains($"chronicle: {server.Url("/broken")}: invalid XML: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains($"{server.Url("/good")} 200: 1 new, 1 stored", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.opml", "--once", "missing.opml: no such file, and not an http(s) URL")]
    [InlineData("https://a.example/feed", "--interval=soon", "--interval takes a duration such as 30s, 15m, 2h or 1d, not 'soon'.")]
    public async Task Watch_BadInput_IsAUsageError(string input, string option, string message)
    {
        var run = await cli.RunAsync("watch", input.Contains("://", StringComparison.Ordinal) ? input : folder.File(input), option);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Errors, StringComparison.Ordinal);
    }
}
