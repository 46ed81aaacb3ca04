using Chronicle.Extraction;
using Chronicle.Ingest;
using Chronicle.Language;

namespace Chronicle;

/// <summary>
/// The pipeline, wired once by <see cref="ChronicleBuilder"/>: immutable, thread-safe and meant to be reused for every
/// document. Each stage is a small contract; later stages (analyse, code) join here.
/// </summary>
public sealed class ChronicleEngine
{
    private readonly IArticleExtractor extractor;

    internal ChronicleEngine(IArticleExtractor extractor, IngestOptions ingestOptions, TimeProvider time, ITextAnalyzer? analyzer = null)
    {
        this.extractor = extractor;
        Analyzer = analyzer ?? new TextAnalyzer();
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

    /// <summary>The analysis of an article's body, its relative times resolved against the publication date.</summary>
    public TextAnalysis Analyse(Article article) => Analyzer.Analyse(article.Body, article.Published?.Date);
}
