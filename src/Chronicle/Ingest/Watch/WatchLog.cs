namespace Chronicle.Ingest.Watch;

/// <summary>Where a watch reports: one <see cref="FeedPoll"/> per poll, and one line per item that could not be ingested (naming its feed or page).</summary>
public sealed record WatchLog(Action<FeedPoll> Polled, Action<string> Failure);
