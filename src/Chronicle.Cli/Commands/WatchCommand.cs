using System.CommandLine;
using System.Globalization;
using Chronicle.Ingest.Watch;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle watch &lt;feeds.opml | feed URLs… | a file of URLs&gt;</c>: follows feeds, ingesting each new item once.
/// Polls each feed on an interval with conditional requests, at most one request per host per delay, backing off a
/// failing feed; the state lives in the database, so a restart neither refetches nor reingests. <c>--once</c> polls
/// every feed once (for cron); otherwise it runs until Ctrl-C. One line per poll; exit code 0 when every feed and item
/// was fine, 1 when some failed, 2 for usage errors.
/// </summary>
public static class WatchCommand
{
    public static Command Create(Func<ChronicleEngine> engineFactory, TimeProvider time)
    {
        var inputs = new Argument<string[]>("feeds")
        {
            Description = "Feed URLs, OPML files (every outline's xmlUrl, nested or not) or files listing one URL a line (# comments).",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = StoreOption.Create();
        var interval = DurationOption.Create("--interval", "Time between two polls of a feed; a longer <ttl>, Cache-Control max-age or Retry-After wins.", WatchOptions.Default.Interval, TimeSpan.FromSeconds(1));
        var perHost = DurationOption.Create("--per-host-delay", "Least time between two requests to one host (feeds and article pages share it).", WatchOptions.Default.PerHostDelay, TimeSpan.Zero);
        var maxBackoff = DurationOption.Create("--max-backoff", "Longest wait after failures; the back-off doubles from the interval, with jitter.", WatchOptions.Default.MaxBackoff, TimeSpan.FromSeconds(1));
        var fetchArticles = new Option<bool>("--fetch-articles") { Description = "Fetch each new item's page (its link) and ingest it instead of the feed's summary." };
        var once = new Option<bool>("--once") { Description = "Poll every feed once and exit (a feed backing off after a failure waits its turn)." };
        var command = new Command("watch", "Follow RSS/Atom feeds: poll them politely and ingest each new item once.")
        {
            inputs, db, interval, perHost, maxBackoff, fetchArticles, once,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (output, errors) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            var feeds = FeedList.Read(parseResult.GetValue(inputs) ?? []);
            if (!feeds.IsSuccess)
            {
                await errors.WriteLineAsync($"chronicle: {feeds.Error}");
                return ExitCodes.Usage;
            }

            foreach (var note in feeds.Value!.Notes)
                await errors.WriteLineAsync($"chronicle: {note}");
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            if (store is not IFeedStateStore states)
            {
                await errors.WriteLineAsync("chronicle: this database cannot keep feed state; watch needs a SQLite database");
                return ExitCodes.Usage;
            }

            var options = new WatchOptions
            {
                Interval = parseResult.GetValue(interval),
                PerHostDelay = parseResult.GetValue(perHost),
                MaxBackoff = parseResult.GetValue(maxBackoff),
                FetchArticles = parseResult.GetValue(fetchArticles),
            };
            using var watcher = new FeedWatcher(engineFactory(), store, states, options);
            var log = new WatchLog(poll => Report(poll, time, output, errors), line => errors.WriteLine($"chronicle: {line}"));
            var polls = parseResult.GetValue(once)
                ? await watcher.PollOnceAsync(feeds.Value.Feeds, log, cancellationToken)
                : await watcher.RunAsync(feeds.Value.Feeds, log, cancellationToken);
            await output.WriteLineAsync(Summary(polls));
            return polls.All(poll => poll.IsClean) ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    /// <summary>One line per poll: failures on standard error (naming the feed and the reason), the rest on standard output.</summary>
    private static void Report(FeedPoll poll, TimeProvider time, TextWriter output, TextWriter errors)
    {
        var next = Stamp(poll.NextPoll);
        switch (poll.Outcome)
        {
            case FeedPollOutcome.Failed:
                errors.WriteLine($"chronicle: {poll.Feed}: {poll.Error}; next poll {next}");
                break;
            case FeedPollOutcome.Deferred:
                output.WriteLine($"{Stamp(time.GetUtcNow())} {poll.Feed} backing off after: {poll.Error}; next poll {next}");
                break;
            case FeedPollOutcome.NotModified:
                output.WriteLine($"{Stamp(time.GetUtcNow())} {poll.Feed} 304 not modified; next poll {next}");
                break;
            default:
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Stamp(time.GetUtcNow())} {poll.Feed} {poll.HttpStatus}: {poll.NewItems} new, {poll.Stored} stored, {poll.FailedItems} failed; next poll {next}"));
                break;
        }
    }

    private static string Summary(IReadOnlyList<FeedPoll> polls) => string.Create(
        CultureInfo.InvariantCulture,
        $"Watched {polls.Count} feeds: {Count(polls, FeedPollOutcome.Fetched)} fetched, {Count(polls, FeedPollOutcome.NotModified)} not modified, "
        + $"{Count(polls, FeedPollOutcome.Failed) + Count(polls, FeedPollOutcome.Deferred)} failing; "
        + $"{polls.Sum(p => p.NewItems)} new items, {polls.Sum(p => p.Stored)} stored, {polls.Sum(p => p.FailedItems)} failed");

    private static int Count(IReadOnlyList<FeedPoll> polls, FeedPollOutcome outcome) => polls.Count(poll => poll.Outcome == outcome);

    private static string Stamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
