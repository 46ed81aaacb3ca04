using Chronicle.Language;

namespace Chronicle.Actors;

/// <summary>Finds actor mentions in an analysed text and links each to a canonical actor, choosing dated codes by <paramref name="date"/>.</summary>
public interface IActorRecognizer
{
    IReadOnlyList<ActorMention> Recognize(TextAnalysis analysis, DateOnly? date);
}
