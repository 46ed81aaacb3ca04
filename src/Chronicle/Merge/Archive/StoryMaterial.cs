namespace Chronicle.Merge.Archive;

/// <summary>One article of a story as its title and span read it.</summary>
public sealed record StoryArticle(DateOnly? Date, string Order, string? Title);

/// <summary>One event an article of a story reports: who did what to whom, by name where known.</summary>
public sealed record StoryEvent(string? Source, string? Target, string EventName);

/// <summary>Everything a story's summary is computed from.</summary>
public sealed record StoryMaterial(IReadOnlyList<StoryArticle> Articles, IReadOnlyList<StoryEvent> Events);

/// <summary>A story's generated title, its span of publication days and its size.</summary>
public sealed record StorySummary(string Title, DateOnly? First, DateOnly? Last, int Articles);
