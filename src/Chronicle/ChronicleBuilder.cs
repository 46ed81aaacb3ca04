using Chronicle.Actors;
using Chronicle.Events;
using Chronicle.Extraction;
using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Dates;
using Chronicle.Extraction.Html;
using Chronicle.Extraction.Text;
using Chronicle.Ingest;
using Chronicle.Language;

namespace Chronicle;

/// <summary>
/// Configures a <see cref="ChronicleEngine"/>: the clock, ingest limits and the extractor for each document format.
/// Mutable while configuring; <see cref="Build"/> takes a snapshot, so one builder can make several engines.
/// Unset stages get the defaults: <see cref="HtmlArticleExtractor"/> with <see cref="HtmlDateFinder"/> on the builder's
/// clock, <see cref="TextArticleExtractor"/>, both with <see cref="AgencyDetector.Default"/>.
/// </summary>
public sealed class ChronicleBuilder
{
    private TimeProvider time = TimeProvider.System;
    private IngestOptions ingestOptions = IngestOptions.Default;
    private IArticleExtractor? htmlExtractor;
    private IArticleExtractor? textExtractor;
    private ITextAnalyzer? textAnalyzer;
    private IActorRecognizer? actorRecognizer;
    private EventCoder? eventCoder;

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

    /// <summary>Replaces the language layer (sentences, times, quantities, quotes, attributions).</summary>
    public ChronicleBuilder UseTextAnalyzer(ITextAnalyzer analyzer)
    {
        textAnalyzer = analyzer;
        return this;
    }

    /// <summary>Replaces actor recognition (for instance one built from a user's dictionaries).</summary>
    public ChronicleBuilder UseActorRecognizer(IActorRecognizer recognizer)
    {
        actorRecognizer = recognizer;
        return this;
    }

    /// <summary>Replaces the event coder (for instance one with a user's verb patterns).</summary>
    public ChronicleBuilder UseEventCoder(EventCoder coder)
    {
        eventCoder = coder;
        return this;
    }

    public ChronicleEngine Build()
    {
        var html = htmlExtractor ?? new HtmlArticleExtractor(new HtmlDateFinder(time), AgencyDetector.Default);
        var text = textExtractor ?? new TextArticleExtractor(AgencyDetector.Default);
        var events = new EventPipeline(textAnalyzer ?? new TextAnalyzer(), actorRecognizer ?? new ActorRecognizer(), eventCoder ?? new EventCoder());
        return new ChronicleEngine(new ArticleExtractor(html, text), events, ingestOptions, time);
    }
}
