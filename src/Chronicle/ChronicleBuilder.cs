using Chronicle.Extraction;
using Chronicle.Ingest;

namespace Chronicle;

/// <summary>
/// Configures a <see cref="ChronicleEngine"/>: the clock, ingest limits and the extractor for each document format.
/// Mutable while configuring; <see cref="Build"/> takes a snapshot, so one builder can make several engines.
/// </summary>
public sealed class ChronicleBuilder
{
    private TimeProvider time = TimeProvider.System;
    private IngestOptions ingestOptions = IngestOptions.Default;
    private IArticleExtractor? htmlExtractor;
    private IArticleExtractor? textExtractor;

    public ChronicleBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        time = timeProvider;
        return this;
    }

    public ChronicleBuilder UseIngestOptions(IngestOptions options)
    {
        ingestOptions = options;
        return this;
    }

    /// <summary>Replaces the extractor of HTML documents (pages, WARC payloads, feed items).</summary>
    public ChronicleBuilder UseHtmlExtractor(IArticleExtractor extractor)
    {
        htmlExtractor = extractor;
        return this;
    }

    /// <summary>Replaces the extractor of plain-text page dumps.</summary>
    public ChronicleBuilder UseTextExtractor(IArticleExtractor extractor)
    {
        textExtractor = extractor;
        return this;
    }

    public ChronicleEngine Build()
    {
        var html = htmlExtractor ?? throw new InvalidOperationException("No HTML extractor: call UseHtmlExtractor.");
        var text = textExtractor ?? throw new InvalidOperationException("No text extractor: call UseTextExtractor.");
        return new ChronicleEngine(new ArticleExtractor(html, text), ingestOptions, time);
    }
}
