using Chronicle.Extraction;
using Chronicle.Ingest;

namespace Chronicle;

/// <summary>
/// The pipeline, wired once by <see cref="ChronicleBuilder"/>: immutable, thread-safe and meant to be reused for every
/// document. Each stage is a small contract; later stages (analyse, code) join here.
/// </summary>
public sealed class ChronicleEngine
{
    private readonly IArticleExtractor extractor;

    internal ChronicleEngine(IArticleExtractor extractor, IngestOptions ingestOptions, TimeProvider time)
    {
        this.extractor = extractor;
        IngestOptions = ingestOptions;
        Time = time;
    }

    public IngestOptions IngestOptions { get; }

    public TimeProvider Time { get; }

    /// <summary>A loader for inputs under this engine's limits and clock (dispose it: it may own an HttpClient).</summary>
    public DocumentLoader CreateLoader(Func<Stream>? standardInput = null, HttpClient? http = null) =>
        new(IngestOptions, Time, standardInput, http);

    /// <summary>The clean article of one document, or why it holds none.</summary>
    public Result<Article> Extract(SourceDocument document) => extractor.Extract(document);
}
