namespace Chronicle.Storage;

/// <summary>A stored quote with its speaker, channel and the article that carried it.</summary>
public sealed record StoredQuote(long ArticleId, string? ArticleTitle, string? Outlet, string? Published, string Text, string? Speaker, string? SpeakerCode, string? Via, int Start, int End);
