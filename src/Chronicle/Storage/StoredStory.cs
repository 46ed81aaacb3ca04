namespace Chronicle.Storage;

/// <summary>A story as lists show it: its generated title, its span of publication days, its articles and merged events.</summary>
/// <param name="Id">The store id of its first article (by day, then document hash): stable however articles arrived.</param>
public sealed record StoredStory(long Id, string Title, DateOnly? First, DateOnly? Last, int Articles, int Events);

/// <summary>Filters and paging for stories: those whose span overlaps [From, To] and that have at least <paramref name="MinArticles"/> articles.</summary>
public sealed record StoryQuery(DateOnly? From = null, DateOnly? To = null, int MinArticles = 1, int Offset = 0, int Limit = 50);

/// <summary>One story in full: its articles, oldest first, and the timeline of the merged events they report (each as its first report).</summary>
public sealed record StoryReport(StoredStory Story, IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<StoredEvent> Timeline);
