namespace Chronicle.Events.Coding;

/// <summary>Finds the subject of a verb group by walking left: objects of prepositions (<c>the war in Ukraine</c>), comma
/// blocks that are appositions or relative clauses (<c>Putin, who visited China, met…</c>) and reduced relatives
/// (<c>the delegation led by Ri</c>) do not steal it; another clause's verb or a subordinator stops the walk.</summary>
internal static class SubjectFinder
{
    /// <summary>The subject's mentions, or null when the clause names none (the caller may inherit one).</summary>
    /// <param name="groupStart">The first token of the verb group.</param>
    /// <param name="pronounAntecedent">The last subject actor of the document, for an unresolved <c>he</c> / <c>it</c>.</param>
    public static ActorGroup? Find(ChunkedSentence s, int groupStart, ActorGroup? pronounAntecedent, WordClasses words)
    {
        var k = groupStart - 1;
        while (k >= 0 && s.Tags[k] is TokenTag.Adverb)
            k--;
        if (k >= 0 && s.Tags[k] == TokenTag.Subordinator && IsRelative(s, k))
            k = SkipBackOverComma(s, k - 1);

        for (var steps = 0; k >= 0 && steps < 60; steps++)
        {
            var m = s.MentionAt[k];
            if (m >= 0)
            {
                var mention = s.Mentions[m];
                var groupFirst = NounGroups.Start(s, s.MentionFirst[m]);
                var preposition = NounGroups.Preposition(s, groupFirst);
                if (preposition is not null && !(preposition == "of" && HeadBeforeOf(s, groupFirst - 1)))
                {
                    k = groupFirst - 2;
                    continue;
                }

                if (s.Tags[k] == TokenTag.Pronoun && mention.Code is null)
                    return pronounAntecedent?.At(s, k, k);
                if (groupFirst > 0 && s.Tags[groupFirst - 1] == TokenTag.Verb && !words.IsVerbLike(s.Norm(groupFirst - 1)))
                    return null;
                if (!ActorRoles.CanAct(mention))
                {
                    k = groupFirst - 1;
                    continue;
                }

                return ActorGroup.From(s, NounGroups.WithConjunctsBefore(s, m));
            }

            switch (s.Tags[k])
            {
                case TokenTag.Pronoun:
                    return pronounAntecedent?.At(s, k, k);
                case TokenTag.Boundary or TokenTag.Subordinator:
                    return null;
                case TokenTag.Verb or TokenTag.Auxiliary:
                    if (k + 1 < s.Count && s.Norm(k + 1) == "by")
                        break;
                    return null;
                case TokenTag.Punctuation when s.Norm(k) == ",":
                    var open = OpeningComma(s, k);
                    if (open < 0)
                        return null;
                    k = open;
                    break;
            }

            k--;
        }

        return null;
    }

    /// <summary><c>the leader of North Korea met…</c>: the noun before <c>of</c> has no actor of its own, so the
    /// <c>of</c>-object stands for the subject.</summary>
    private static bool HeadBeforeOf(ChunkedSentence s, int of) =>
        of > 0 && s.Tags[of - 1] == TokenTag.Word && s.MentionAt[of - 1] < 0;

    private static bool IsRelative(ChunkedSentence s, int k) => s.Norm(k) is "who" or "which" or "that";

    private static int SkipBackOverComma(ChunkedSentence s, int k) => k >= 0 && s.Norm(k) == "," ? k - 1 : k;

    /// <summary>For a comma met walking left, the comma that opens an apposition or relative clause ending there (a block
    /// with no finite verb, or one opening with a relative pronoun), or −1 when the comma ends something else.</summary>
    private static int OpeningComma(ChunkedSentence s, int close)
    {
        var hasVerb = false;
        for (var k = close - 1; k >= 0; k--)
        {
            if (s.Norm(k) == ",")
            {
                var opensRelative = k + 1 < close && s.Norm(k + 1) is "who" or "which" or "whose" or "whom" or "where";
                return !hasVerb || opensRelative ? k : -1;
            }

            if (s.Tags[k] == TokenTag.Boundary)
                return -1;
            if (s.Tags[k] is TokenTag.Verb or TokenTag.Auxiliary)
                hasVerb = true;
        }

        return -1;
    }
}
