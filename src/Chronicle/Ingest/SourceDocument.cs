namespace Chronicle.Ingest;

/// <summary>What a document's content is, as detected from its bytes (never from its file name alone).</summary>
public enum DocumentFormat
{
    Unknown,
    Html,
    Text,
}

/// <summary>Where a document came from: a path or URL, the offset of its record in a container (JSONL line, WARC record, feed item), when it was fetched, and the SHA-256 of its raw bytes.</summary>
public sealed record Provenance(string Source, long? RecordOffset, string? Url, DateTimeOffset? Fetched, string Sha256);

/// <summary>One decoded input document, ready for extraction. <see cref="Content"/> is the text as UTF-16 whatever the source encoding was.</summary>
public sealed record SourceDocument(string? Id, string Content, DocumentFormat Format, Provenance Provenance)
{
    /// <summary>The URL of the page when known (the URL is evidence: dates and outlets are often in it).</summary>
    public string? Url => Provenance.Url;
}
