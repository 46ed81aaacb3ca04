namespace Chronicle.Ingest;

/// <summary>Limits and HTTP settings for reading inputs; the defaults suit news pages and CC-NEWS archives.</summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>The largest single document (a page, a WARC payload, a JSONL line) read into memory; larger ones fail without being held.</summary>
    public long MaxDocumentBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>How long an HTTP request may take to answer with its headers.</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; init; } = 5;

    public string UserAgent { get; init; } = "Chronicle/1.0 (news archive reader)";
}
