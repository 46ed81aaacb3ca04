using Chronicle.Actors;
using Chronicle.Events.Patterns;
using Chronicle.Language;

namespace Chronicle.Events.Coding;

/// <summary>Tags a sentence's tokens without a trained model: closed word classes from <c>words.tsv</c>, verb forms from the
/// pattern book, and context (a verb form after a determiner, a preposition or a possessive is a noun: <c>the attack</c>,
/// <c>for support</c>, <c>Russia's invasion</c>; inside an actor mention it is part of a name).</summary>
internal sealed class Chunker(PatternBook book, WordClasses words)
{
    public ChunkedSentence Chunk(TextAnalysis analysis, int sentenceIndex, IReadOnlyList<ActorMention> sortedMentions)
    {
        var sentence = analysis.Sentences[sentenceIndex];
        var count = Math.Min(sentence.TokenCount, analysis.Tokens.Count - sentence.FirstToken);
        var tokens = new Token[Math.Max(0, count)];
        for (var k = 0; k < tokens.Length; k++)
            tokens[k] = analysis.Tokens[sentence.FirstToken + k];

        var (mentions, mentionAt, first, last) = MapMentions(tokens, sortedMentions, sentence);
        var tags = new TokenTag[tokens.Length];
        var lemmas = new string?[tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
        {
            tags[k] = Tag(analysis.Text, tokens, tags, mentionAt, k);
            if (tags[k] == TokenTag.Verb)
                lemmas[k] = book.VerbLemma(tokens[k].Norm, tokens[k].Lemma);
        }

        return new ChunkedSentence(analysis.Text, sentenceIndex, sentence, tokens, tags, mentionAt, mentions, first, last, lemmas);
    }

    private TokenTag Tag(string text, Token[] tokens, TokenTag[] tags, int[] mentionAt, int k)
    {
        var token = tokens[k];
        var norm = token.Norm;
        switch (token.Kind)
        {
            case TokenKind.Number:
                return TokenTag.Number;
            case TokenKind.Punctuation or TokenKind.Symbol:
                return norm is ";" or ":" or "?" or "!" || (norm == "." && k == tokens.Length - 1) ? TokenTag.Boundary : TokenTag.Punctuation;
        }

        if (mentionAt[k] >= 0)
            return words.Pronouns.Contains(norm) ? TokenTag.Pronoun : TokenTag.Word;
        var previous = k > 0 ? tags[k - 1] : TokenTag.Boundary;
        var previousNorm = k > 0 ? tokens[k - 1].Norm : "";
        if (norm == "to")
            return k + 1 < tokens.Length && IsVerbCandidate(text, tokens, k + 1) ? TokenTag.Auxiliary : TokenTag.Preposition;
        if (words.Negations.Contains(norm) && norm != "no")
            return TokenTag.Auxiliary;
        if ((words.Auxiliaries.Contains(norm) || words.Modals.Contains(norm) || words.Future.Contains(norm)) && norm != "'s")
            return TokenTag.Auxiliary;
        if (words.Subordinators.Contains(norm) && !(norm == "that" && previous is TokenTag.Word))
            return words.Prepositions.Contains(norm) && !StartsClause(tokens, k) ? TokenTag.Preposition : TokenTag.Subordinator;
        if (words.Determiners.Contains(norm) || norm == "'s")
            return TokenTag.Determiner;
        if (words.Prepositions.Contains(norm))
            return TokenTag.Preposition;
        if (words.Conjunctions.Contains(norm))
            return TokenTag.Conjunction;
        if (words.Pronouns.Contains(norm))
            return TokenTag.Pronoun;
        if (words.Adverbs.Contains(norm) || (norm.Length > 4 && norm.EndsWith("ly", StringComparison.Ordinal) && !book.IsVerbForm(norm)))
            return TokenTag.Adverb;
        if (IsVerbCandidate(text, tokens, k) && !IsNounContext(previous, previousNorm, norm) && !IsObjectOfVerb(previous, norm)
            && !IsInsideNounGroup(tokens, tags, mentionAt, k))
            return TokenTag.Verb;
        if (previous == TokenTag.Auxiliary && !token.IsCapitalized(text) && IsUnknownVerbAfterAuxiliary(norm, previousNorm))
            return TokenTag.Verb;
        return TokenTag.Word;
    }

    /// <summary>A word the lexicon does not know is still a verb after <c>has</c>, <c>did</c>, a modal or <c>to</c>, or when it
    /// has a participle ending after <c>is</c> / <c>was</c> (<c>has upended</c>, <c>was monitoring</c>): it ends the subject search.</summary>
    private bool IsUnknownVerbAfterAuxiliary(string norm, string previousNorm) =>
        previousNorm is "have" or "has" or "had" or "do" or "does" or "did" or "to" || words.Modals.Contains(previousNorm)
        || words.Future.Contains(previousNorm) || words.Negations.Contains(previousNorm)
        || norm.EndsWith("ed", StringComparison.Ordinal) || norm.EndsWith("ing", StringComparison.Ordinal);

    private bool IsVerbCandidate(string text, Token[] tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind != TokenKind.Word || (k > 0 && token.IsCapitalized(text) && !IsAllCapsHeadline(text, token)))
            return false;
        return book.IsVerbForm(token.Norm) || book.VerbLemma(token.Norm, token.Lemma) is not null || words.IsVerbLike(token.Norm);
    }

    /// <summary>A verb form right after a determiner, a possessive, a number or a preposition is a noun; after a preposition
    /// an -ing form stays a verb (<c>by agreeing</c>).</summary>
    private static bool IsNounContext(TokenTag previous, string previousNorm, string norm) =>
        previous is TokenTag.Determiner or TokenTag.Number
        || (previous == TokenTag.Preposition && previousNorm != "to" && !norm.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>A form preceded by adjectives that follow a determiner or a possessive is the group's head noun:
    /// <c>a private trilateral meeting</c>, <c>Moscow's fighting presence</c>.</summary>
    private static bool IsInsideNounGroup(Token[] tokens, TokenTag[] tags, int[] mentionAt, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
        {
            if (mentionAt[j] >= 0)
                return false;
            if (tags[j] == TokenTag.Determiner || tokens[j].Norm.EndsWith("'s", StringComparison.Ordinal))
                return true;
            if (tags[j] != TokenTag.Word)
                return false;
        }

        return false;
    }

    /// <summary>Right after a verb, a finite or base form is its object (<c>held talks</c>, <c>considered support</c>);
    /// participles and gerunds stay verbs (<c>denied sending</c>, <c>have sent</c> is handled as an auxiliary).</summary>
    private static bool IsObjectOfVerb(TokenTag previous, string norm) =>
        previous == TokenTag.Verb && !norm.EndsWith("ing", StringComparison.Ordinal) && !norm.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>A subordinator that is also a preposition (<c>after</c>, <c>since</c>, <c>as</c>) opens a clause when a verb
    /// follows within a few words before any boundary.</summary>
    private bool StartsClause(Token[] tokens, int k)
    {
        for (var j = k + 1; j < tokens.Length && j <= k + 6; j++)
        {
            var norm = tokens[j].Norm;
            if (tokens[j].Kind == TokenKind.Punctuation)
                return false;
            if (words.Auxiliaries.Contains(norm) || words.SpeechVerbs.Contains(norm) || book.IsVerbForm(norm) && j > k + 1)
                return true;
        }

        return false;
    }

    private static bool IsAllCapsHeadline(string text, Token token)
    {
        var span = token.In(text);
        foreach (var c in span)
        {
            if (char.IsLower(c))
                return false;
        }

        return span.Length > 1;
    }

    private static (ActorMention[], int[], int[], int[]) MapMentions(Token[] tokens, IReadOnlyList<ActorMention> sorted, Sentence sentence)
    {
        var inSentence = new List<ActorMention>();
        var lo = LowerBound(sorted, sentence.Start);
        for (var m = lo; m < sorted.Count && sorted[m].Start < sentence.End; m++)
            inSentence.Add(sorted[m]);
        var mentions = inSentence.ToArray();
        var mentionAt = new int[tokens.Length];
        Array.Fill(mentionAt, -1);
        var first = new int[mentions.Length];
        var last = new int[mentions.Length];
        Array.Fill(first, -1);
        var mi = 0;
        for (var k = 0; k < tokens.Length && mi < mentions.Length; k++)
        {
            while (mi < mentions.Length && mentions[mi].End <= tokens[k].Start)
                mi++;
            if (mi < mentions.Length && mentions[mi].Start < tokens[k].End && tokens[k].Start < mentions[mi].End)
            {
                mentionAt[k] = mi;
                if (first[mi] < 0)
                    first[mi] = k;
                last[mi] = k;
            }
        }

        // A plural description naming several actors ("the two leaders") is several mentions of one span; the tokens point
        // at the first, and the others share its place.
        for (var m = 1; m < mentions.Length; m++)
        {
            if (first[m] < 0 && mentions[m].Start == mentions[m - 1].Start && mentions[m].End == mentions[m - 1].End)
                (first[m], last[m]) = (first[m - 1], last[m - 1]);
        }

        return (mentions, mentionAt, first, last);
    }

    private static int LowerBound(IReadOnlyList<ActorMention> sorted, int start)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].End <= start)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }
}
