using Chronicle.Actors;
using Chronicle.Language;

namespace Chronicle.Events.Coding;

/// <summary>One sentence's tokens with their tags, actor mentions and verb lemmas; indices are sentence-local.</summary>
internal sealed class ChunkedSentence
{
    public ChunkedSentence(string text, int sentenceIndex, Sentence sentence, Token[] tokens, TokenTag[] tags,
        int[] mentionAt, ActorMention[] mentions, int[] mentionFirst, int[] mentionLast, string?[] verbLemmas)
    {
        Text = text;
        Index = sentenceIndex;
        Sentence = sentence;
        Tokens = tokens;
        Tags = tags;
        MentionAt = mentionAt;
        Mentions = mentions;
        MentionFirst = mentionFirst;
        MentionLast = mentionLast;
        VerbLemmas = verbLemmas;
    }

    public string Text { get; }

    public int Index { get; }

    public Sentence Sentence { get; }

    public Token[] Tokens { get; }

    public TokenTag[] Tags { get; }

    /// <summary>Per token, the index into <see cref="Mentions"/> of the mention covering it, or −1.</summary>
    public int[] MentionAt { get; }

    public ActorMention[] Mentions { get; }

    /// <summary>Per mention, its first and last token.</summary>
    public int[] MentionFirst { get; }

    public int[] MentionLast { get; }

    /// <summary>Per token, the head lemma of the patterns it can start, or null.</summary>
    public string?[] VerbLemmas { get; }

    public int Count => Tokens.Length;

    public string Norm(int k) => Tokens[k].Norm;

    public bool IsQuestion => Count > 0 && Tokens[^1].Norm == "?";

    public TextSpan Span(int firstToken, int lastToken) =>
        TextSpan.Of(Text, Tokens[firstToken].Start, Tokens[lastToken].End);
}
