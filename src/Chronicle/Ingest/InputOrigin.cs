namespace Chronicle.Ingest;

/// <summary>What is known about one input before its content is read: its name, URL, fetch time, declared content type and length.</summary>
internal sealed record InputOrigin(string Source, string? Url, DateTimeOffset? Fetched, string? ContentType, long? Length);
