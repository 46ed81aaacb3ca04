using Chronicle.Storage;

namespace Chronicle.Ingest.Watch;

/// <summary>
/// Follows feeds: polls each when due with a conditional request, never two requests to one host closer than
/// <see cref="WatchOptions.PerHostDelay"/>, and ingests the items it has not seen before (as the feed gives them, or
/// their pages with <see cref="WatchOptions.FetchArticles"/>) through the ingest loop. A feed's state is saved after
/// each poll and each item is marked seen once ingested, so a watch stopped anywhere resumes without refetching or
/// reingesting. A failing feed backs off on its own; the others go on.
/// </summary>
public sealed class FeedWatcher : IDisposable
{
    private readonly IFeedStateStore states;
    private readonly WatchOptions options;
    private readonly TimeProvider time;
    private readonly Random random;
    private readonly IngestOptions ingestOptions;
    private readonly DocumentLoader loader;
    private readonly IngestRun run;
    private readonly HostGate gate;

    /// <param name="http">The client for feeds and pages; one configured from the engine's ingest options when null.</param>
    /// <param name="random">Draws the back-off jitter; a shared generator when null.</param>
    public FeedWatcher(ChronicleEngine engine, IChronicleStore store, IFeedStateStore states, WatchOptions? options = null, HttpClient? http = null, Random? random = null)
    {
        this.states = states;
        this.options = options ?? WatchOptions.Default;
        this.random = random ?? Random.Shared;
        time = engine.Time;
        ingestOptions = engine.IngestOptions;
        loader = engine.CreateLoader(http: http);
        run = new IngestRun(engine, store, time);
        gate = new HostGate(time, this.options.PerHostDelay);
    }

    /// <summary>
    /// Polls every feed once, except one still waiting out a back-off or a Retry-After (reported as deferred), and
    /// returns the polls. Cancelling <paramref name="stop"/> ends the round after the current item.
    /// </summary>
    public async Task<IReadOnlyList<FeedPoll>> PollOnceAsync(IReadOnlyList<string> feeds, WatchLog log, CancellationToken stop)
    {
        var known = await LoadAsync(feeds, stop);
        var now = time.GetUtcNow();
        bool BackingOff(FeedState state) => state.Failures > 0 && state.NextPoll > now;
        var polls = new List<FeedPoll>();
        foreach (var state in known.Values.Where(BackingOff))
        {
            var deferred = new FeedPoll(state.Url, FeedPollOutcome.Deferred, null, 0, 0, 0, state.NextPoll!.Value, state.LastError);
            log.Polled(deferred);
            polls.Add(deferred);
        }

        polls.AddRange(await PollRoundAsync(known, known.Values.Where(state => !BackingOff(state)).ToList(), log, stop));
        return polls;
    }

    /// <summary>Polls each feed whenever it is due until <paramref name="stop"/> is cancelled; returns each feed's last poll.</summary>
    public async Task<IReadOnlyList<FeedPoll>> RunAsync(IReadOnlyList<string> feeds, WatchLog log, CancellationToken stop)
    {
        var last = new Dictionary<string, FeedPoll>(StringComparer.Ordinal);
        try
        {
            var known = await LoadAsync(feeds, stop);
            while (!stop.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                var due = known.Values.Where(s => (s.NextPoll ?? now) <= now).ToList();
                if (due.Count == 0)
                {
                    await Task.Delay(known.Values.Min(s => s.NextPoll!.Value) - now, time, stop);
                    continue;
                }

                foreach (var poll in await PollRoundAsync(known, due, log, stop))
                    last[poll.Feed] = poll;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl-C: every state was saved as it changed.
        }

        return feeds.Where(last.ContainsKey).Select(feed => last[feed]).ToList();
    }

    public void Dispose() => loader.Dispose();

    private async Task<Dictionary<string, FeedState>> LoadAsync(IReadOnlyList<string> feeds, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, FeedState>(StringComparer.Ordinal);
        foreach (var feed in feeds)
            known[feed] = await states.GetFeedAsync(feed, cancellationToken) ?? new FeedState(feed);
        return known;
    }

    /// <summary>Polls the due feeds, the one whose host is free soonest first, updating <paramref name="known"/>.</summary>
    private async Task<List<FeedPoll>> PollRoundAsync(Dictionary<string, FeedState> known, List<FeedState> due, WatchLog log, CancellationToken stop)
    {
        var polls = new List<FeedPoll>();
        while (due.Count > 0 && !stop.IsCancellationRequested)
        {
            var next = due.MinBy(state => gate.ReadyAt(new Uri(state.Url)))!;
            due.Remove(next);
            try
            {
                var (state, poll) = await PollAsync(next, log, stop);
                known[state.Url] = state;
                log.Polled(poll);
                polls.Add(poll);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
        }

        return polls;
    }

    private async Task<(FeedState State, FeedPoll Poll)> PollAsync(FeedState state, WatchLog log, CancellationToken stop)
    {
        FeedAnswer answer;
        using (await gate.TakeTurnAsync(new Uri(state.Url), stop))
            answer = await FeedFetcher.FetchAsync(loader.Fetcher, ingestOptions, state, time, stop);
        var (fresh, stored, failed, complete) = await IngestNewAsync(state.Url, answer, log, stop);
        var now = time.GetUtcNow();
        FeedState next;
        if (answer.Error is null)
        {
            // New validators only once every new item is dealt with: otherwise a 304 would hide the ones left over.
            next = state with
            {
                ETag = complete && !answer.NotModified ? answer.ETag : state.ETag,
                LastModified = complete && !answer.NotModified ? answer.LastModified : state.LastModified,
                NextPoll = now + PollSchedule.AfterSuccess(options, answer.TimeToLive, answer.MaxAge, answer.RetryAfter),
                Failures = 0,
                LastError = null,
            };
        }
        else
        {
            var failures = state.Failures + 1;
            next = state with
            {
                NextPoll = now + PollSchedule.AfterFailure(options, failures, answer.RetryAfter, random.NextDouble()),
                Failures = failures,
                LastError = answer.Error,
            };
        }

        next = next with { LastPolled = now };
        await states.SaveFeedAsync(next, CancellationToken.None);
        var outcome = answer.Error is not null ? FeedPollOutcome.Failed
            : answer.NotModified ? FeedPollOutcome.NotModified
            : FeedPollOutcome.Fetched;
        return (next, new FeedPoll(state.Url, outcome, answer.Status, fresh, stored, failed, next.NextPoll!.Value, answer.Error));
    }

    /// <summary>
    /// Ingests the items not seen before, one at a time so a stop lands between two; each is marked seen once stored (or
    /// found stored, or found to hold no article). Complete is false when some item is left for the next full poll.
    /// </summary>
    private async Task<(int Fresh, int Stored, int Failed, bool Complete)> IngestNewAsync(string feed, FeedAnswer answer, WatchLog log, CancellationToken stop)
    {
        var failed = 0;
        foreach (var unreadable in answer.Items.Where(item => !item.IsSuccess))
        {
            log.Failure($"{feed}: {unreadable.Error}");
            failed++;
        }

        var items = answer.Items.Where(item => item.IsSuccess)
            .Select(item => (Key: ItemKey(item.Value!, answer.FinalUrl), Document: item.Value!))
            .DistinctBy(item => item.Key)
            .ToList();
        if (items.Count == 0)
            return (0, 0, failed, true);
        var seen = await states.FindSeenAsync(feed, items.Select(item => item.Key).ToList(), stop);
        var fresh = items.Where(item => !seen.Contains(item.Key)).ToList();
        var (stored, complete) = (0, true);
        foreach (var (key, document) in fresh)
        {
            if (stop.IsCancellationRequested)
                return (fresh.Count, stored, failed, false);
            var loaded = await LoadItemAsync(feed, document, answer.FinalUrl, stop);
            if (loaded.Where(l => !l.Document.IsSuccess).ToList() is { Count: > 0 } unfetched)
            {
                // A page that could not be fetched is tried again at the next full poll.
                foreach (var failure in unfetched)
                    log.Failure($"{failure.Source}: {failure.Document.Error}");
                (failed, complete) = (failed + 1, false);
                continue;
            }

            var counts = await run.RunAsync(loaded, log.Failure, _ => { }, CancellationToken.None);
            (stored, failed) = (stored + counts.Stored, failed + counts.Failed);
            if (counts.Aborted)
            {
                complete = false;
                continue;
            }

            await states.MarkSeenAsync(feed, [key], CancellationToken.None);
        }

        return (fresh.Count, stored, failed, complete);
    }

    /// <summary>The item as the feed gives it, or with <see cref="WatchOptions.FetchArticles"/> the page its link names.</summary>
    private async Task<IReadOnlyList<LoadedDocument>> LoadItemAsync(string feed, SourceDocument item, string? finalUrl, CancellationToken stop)
    {
        if (!options.FetchArticles || item.Url is not { } link || link == finalUrl || !UrlFetcher.IsUrl(link))
            return [new LoadedDocument(feed, item)];
        using (await gate.TakeTurnAsync(new Uri(link), stop))
            return loader.LoadWithSources([link]).ToList();
    }

    /// <summary>An item is known by its guid (Atom id), else its link, else its content.</summary>
    private static string ItemKey(SourceDocument item, string? finalUrl) =>
        item.Id ?? (item.Url is { } url && url != finalUrl ? url : item.Provenance.Sha256);
}
