using System.Globalization;

namespace Chronicle.Ingest;

/// <summary>What a document's content is, as detected from its bytes (never from its file name alone).</summary>
public enum DocumentFormat
{
    Unknown,
    Html,
    Text,
}

/// <summary>Where a document came from: a path or URL, the offset of its record in a container (JSONL line, WARC record, feed item), when it was fetched, and the SHA-256 of its raw bytes.</summary>
/// <remarks>RecordOffset is the 1-based line number in a JSONL file, the byte offset of the record in the WARC file (in a .warc.gz, of the gzip member the record starts, as Common Crawl's indexes give it; of the record in the uncompressed stream when it shares a member), the 1-based item number in a feed; null for a lone document. Sha256 is lowercase hex over the document's bytes as they arrived, after any container is unwrapped (the file, the HTTP payload, the JSONL field, the feed item), so the same page hashes the same whatever carried it.</remarks>
public sealed record Provenance(string Source, long? RecordOffset, string? Url, DateTimeOffset? Fetched, string Sha256)
{
    /// <summary>The input and, inside a container, which record: <c>crawl.jsonl (record 3)</c>.</summary>
    public string Describe() =>
        RecordOffset is { } offset ? $"{Source} (record {offset.ToString(CultureInfo.InvariantCulture)})" : Source;
}

/// <summary>One decoded input document, ready for extraction. <see cref="Content"/> is the text as UTF-16 whatever the source encoding was.</summary>
public sealed record SourceDocument(string? Id, string Content, DocumentFormat Format, Provenance Provenance)
{
    /// <summary>The URL of the page when known (the URL is evidence: dates and outlets are often in it).</summary>
    public string? Url => Provenance.Url;

    /// <summary>When the container says the document was published (a feed item's pubDate, Atom's published); evidence for the extractor, not a guess.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>What went wrong but did not stop the document, one line each (e.g. invalid UTF-8 bytes replaced), for the CLI to report.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
