using Chronicle.Actors;

namespace Chronicle.Events.Coding;

/// <summary>The actor(s) of one role: one mention, or several joined by <c>and</c>, with the span that named them;
/// <see cref="Inherited"/> when taken from elsewhere (a shared subject, a pronoun, an implicit target) rather than found in place.</summary>
internal sealed record ActorGroup(IReadOnlyList<ActorMention> Mentions, TextSpan Span, bool Inherited)
{
    public static ActorGroup From(ChunkedSentence s, IReadOnlyList<int> mentions, bool inherited = false) =>
        new(mentions.Select(m => s.Mentions[m]).ToArray(),
            s.Span(s.MentionFirst[mentions[0]], s.MentionLast[mentions[^1]]), inherited);

    /// <summary>This group standing in at another place of the text (a pronoun, an elided subject).</summary>
    public ActorGroup At(ChunkedSentence s, int firstToken, int lastToken) => this with { Span = s.Span(firstToken, lastToken), Inherited = true };
}
