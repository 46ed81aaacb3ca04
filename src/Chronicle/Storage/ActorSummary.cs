namespace Chronicle.Storage;

/// <summary>An actor as the archive mentions it: its canonical name, its code, and how often and in how many articles.</summary>
public sealed record ActorSummary(string Actor, string? Code, int Mentions, int Articles);

/// <summary>One way the archive's articles name an actor (<c>the Kremlin</c>, <c>Putin</c>), with its count.</summary>
public sealed record ActorAlias(string Text, int Mentions);

/// <summary>An article that mentions an actor, with the number of its mentions.</summary>
public sealed record ActorArticle(long ArticleId, string? Title, string? Published, string? Outlet, int Mentions);

/// <summary>What the archive holds about one actor (matched by code or canonical name).</summary>
public sealed record ActorReport(IReadOnlyList<ActorSummary> Actors, IReadOnlyList<ActorAlias> Aliases, IReadOnlyList<ActorArticle> Articles);
