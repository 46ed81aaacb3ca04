namespace Chronicle.Ingest.Watch;

/// <summary>How often feeds are polled and how politely: the defaults suit news feeds that change every few minutes.</summary>
public sealed record WatchOptions
{
    public static WatchOptions Default { get; } = new();

    /// <summary>The time between two polls of a feed that answers; a longer <c>&lt;ttl&gt;</c>, max-age or Retry-After wins.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The least time between two requests to one host, feeds and article pages alike.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait after repeated failures; the back-off doubles from <see cref="Interval"/> up to it.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Ingest each new item's page (fetched from its link) instead of what the feed says of it.</summary>
    public bool FetchArticles { get; init; }
}
