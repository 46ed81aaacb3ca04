namespace Chronicle.Events.Coding;

/// <summary>Finds the target after a matched pattern: the verb's object or the object of a target preposition
/// (<c>with</c>, <c>to</c>, <c>against</c>, <c>on</c>, …), within the clause. Places and objects of other prepositions
/// (<c>in Moscow</c>, <c>since last year</c>) are passed over; a following infinitive is read through once
/// (<c>threatened to expel Russia's diplomats</c>).</summary>
internal static class TargetFinder
{
    private const int Window = 14;

    public static ActorGroup? Find(ChunkedSentence s, int from, string sourceKey, WordClasses words)
    {
        var throughInfinitive = false;
        for (var k = from; k < s.Count && k < from + Window; k++)
        {
            if (k == from && k > 0 && s.Norm(k - 1) == "to" && s.Tags[k] == TokenTag.Verb && !throughInfinitive)
            {
                throughInfinitive = true;
                continue;
            }

            var m = s.MentionAt[k];
            if (m >= 0)
            {
                var groupFirst = NounGroups.Start(s, s.MentionFirst[m]);
                var preposition = NounGroups.Preposition(s, Math.Max(groupFirst, from));
                var mention = s.Mentions[m];
                if ((preposition is null || words.TargetPrepositions.Contains(preposition))
                    && ActorRoles.CanAct(mention) && !ActorRoles.Same(ActorRoles.Key(mention), sourceKey))
                {
                    return ActorGroup.From(s, NounGroups.WithConjunctsAfter(s, m));
                }

                k = s.MentionLast[m];
                continue;
            }

            switch (s.Tags[k])
            {
                case TokenTag.Boundary or TokenTag.Subordinator:
                    return null;
                case TokenTag.Punctuation when s.Norm(k) == ",":
                    return null;
                case TokenTag.Auxiliary when s.Norm(k) == "to" && !throughInfinitive:
                    throughInfinitive = true;
                    if (k + 1 < s.Count && s.Tags[k + 1] == TokenTag.Verb)
                        k++;
                    break;
                case TokenTag.Verb or TokenTag.Auxiliary:
                    if (k + 1 < s.Count && s.Norm(k + 1) == "by")
                        break;
                    return null;
            }
        }

        return null;
    }

    /// <summary>For patterns whose target may be implicit (<c>prepared to do everything possible to help</c>): the nearest
    /// other actor named before the head in the sentence.</summary>
    public static ActorGroup? Implicit(ChunkedSentence s, int head, string sourceKey)
    {
        for (var k = head - 1; k >= 0; k--)
        {
            var m = s.MentionAt[k];
            if (m >= 0 && ActorRoles.CanAct(s.Mentions[m]) && !ActorRoles.Same(ActorRoles.Key(s.Mentions[m]), sourceKey)
                && s.Tags[k] != TokenTag.Pronoun)
                return ActorGroup.From(s, [m], inherited: true);
        }

        return null;
    }
}
