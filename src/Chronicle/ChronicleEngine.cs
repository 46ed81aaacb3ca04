using Chronicle.Events;
using Chronicle.Extraction;
using Chronicle.Ingest;
using Chronicle.Language;
using Chronicle.Storage;

namespace Chronicle;

/// <summary>
/// The pipeline, wired once by <see cref="ChronicleBuilder"/>: immutable, thread-safe and meant to be reused for every
/// document. Each stage is a small contract; later stages (analyse, code) join here.
/// </summary>
public sealed class ChronicleEngine
{
    private readonly IArticleExtractor extractor;
    private readonly EventPipeline events;

    internal ChronicleEngine(IArticleExtractor extractor, ITextAnalyzer analyzer, EventPipeline events, IngestOptions ingestOptions, TimeProvider time)
    {
        this.extractor = extractor;
        this.events = events;
        Analyzer = analyzer;
        IngestOptions = ingestOptions;
        Time = time;
    }

    public IngestOptions IngestOptions { get; }

    public TimeProvider Time { get; }

    /// <summary>The language layer: sentences, times, quantities, quotes and attributions of a text.</summary>
    public ITextAnalyzer Analyzer { get; }

    /// <summary>A loader for inputs under this engine's limits and clock (dispose it: it may own an HttpClient).</summary>
    public DocumentLoader CreateLoader(Func<Stream>? standardInput = null, HttpClient? http = null) =>
        new(IngestOptions, Time, standardInput, http);

    /// <summary>The clean article of one document, or why it holds none.</summary>
    public Result<Article> Extract(SourceDocument document) => extractor.Extract(document);

    /// <summary>Reads an extracted article: sentences, times, quantities, quotes, attributions, actors and events,
    /// anchored at its publication date. <paramref name="documentId"/> prefixes the event ids.</summary>
    public ArticleAnalysis Analyse(Article article, string documentId) =>
        events.Analyse(new DocumentContext(documentId, article.Published?.Date, Outlet: article.Outlet), article.Body);

    /// <summary>
    /// A document read all the way to what the store keeps: its article extracted and analysed (events coded), or the
    /// line that says why not, naming the input. A bug in a later stage fails this document only, never the caller's run.
    /// </summary>
    public Result<IngestedArticle> Prepare(SourceDocument document)
    {
        var article = Extract(document);
        if (!article.IsSuccess)
            return Result<IngestedArticle>.Fail($"{document.Provenance.Describe()}: {article.Error}");
        try
        {
            var analysis = Analyse(article.Value!, document.Id ?? document.Provenance.Sha256[..16]);
            return IngestedArticle.From(document, article.Value!) with { Analysis = analysis };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Result<IngestedArticle>.Fail($"{document.Provenance.Describe()}: analysis failed ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>Codes one dated sentence or short passage (the <c>chronicle code</c> contract).</summary>
    public IReadOnlyList<CodedEvent> Code(string id, DateOnly? date, string text) =>
        events.Code(new DocumentContext(id, date), text);

    /// <summary>The analysis of an article's body, its relative times resolved against the publication date.</summary>
    public TextAnalysis Analyse(Article article) => Analyzer.Analyse(article.Body, article.Published?.Date);
}
