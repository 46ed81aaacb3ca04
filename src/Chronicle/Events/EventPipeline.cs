using Chronicle.Actors;
using Chronicle.Language;

namespace Chronicle.Events;

/// <summary>Codes a dated text end to end: language analysis anchored at the date, actor recognition, event coding.
/// Holds the three stages (each loaded once) and is safe to share between threads.</summary>
public sealed class EventPipeline(ITextAnalyzer analyzer, IActorRecognizer recognizer, EventCoder coder)
{
    public IReadOnlyList<CodedEvent> Code(DocumentContext context, string text) => Analyse(context, text).Events;

    /// <summary>The whole reading of a text: its analysis, actor mentions and events.</summary>
    public ArticleAnalysis Analyse(DocumentContext context, string text)
    {
        var analysis = analyzer.Analyse(text, context.Date);
        var mentions = recognizer.Recognize(analysis, context.Date);
        return new ArticleAnalysis(analysis, mentions, coder.Code(analysis, mentions, context));
    }
}
