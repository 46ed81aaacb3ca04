using Chronicle.Actors;
using Chronicle.Language;

namespace Chronicle.Events;

/// <summary>Codes a dated text end to end: language analysis anchored at the date, actor recognition (which also gives
/// claims' sources and quotes' speakers their codes), event coding. Holds the stages (each loaded once) and is safe to
/// share between threads.</summary>
public sealed class EventPipeline(ITextAnalyzer analyzer, IActorRecognizer recognizer, EventCoder coder)
{
    private readonly SourceCoder? sources = recognizer is ActorRecognizer known ? new SourceCoder(known) : null;

    public IReadOnlyList<CodedEvent> Code(DocumentContext context, string text) => Analyse(context, text).Events;

    /// <summary>The whole reading of a text: its analysis, actor mentions and events.</summary>
    public ArticleAnalysis Analyse(DocumentContext context, string text)
    {
        var analysis = analyzer.Analyse(text, context.Date);
        var mentions = recognizer.Recognize(analysis, context.Date);
        if (sources is not null)
            analysis = sources.Fill(analysis, mentions, context.Date);
        return new ArticleAnalysis(analysis, mentions, coder.Code(analysis, mentions, context));
    }
}
