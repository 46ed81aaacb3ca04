using Chronicle.Extraction;
using Chronicle.Ingest;

namespace Chronicle.Storage;

/// <summary>An article as stored: its id, the article itself, where it came from and when it was stored.</summary>
public sealed record StoredArticle(long Id, Article Article, Provenance Provenance, string? DocumentId, DateTimeOffset Stored);
