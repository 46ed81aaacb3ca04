using Chronicle.Events;
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
    private readonly EventPipeline events;

    internal ChronicleEngine(IArticleExtractor extractor, EventPipeline events, IngestOptions ingestOptions, TimeProvider time)
    {
        this.extractor = extractor;
        this.events = events;
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

    /// <summary>Reads an extracted article: sentences, times, quantities, quotes, attributions, actors and events,
    /// anchored at its publication date. <paramref name="documentId"/> prefixes the event ids.</summary>
    public ArticleAnalysis Analyse(Article article, string documentId) =>
        events.Analyse(new DocumentContext(documentId, article.Published?.Date, Outlet: article.Outlet), article.Body);

    /// <summary>Codes one dated sentence or short passage (the <c>chronicle code</c> contract).</summary>
    public IReadOnlyList<CodedEvent> Code(string id, DateOnly? date, string text) =>
        events.Code(new DocumentContext(id, date), text);
}
