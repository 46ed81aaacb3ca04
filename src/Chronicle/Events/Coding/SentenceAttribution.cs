using Chronicle.Actors;

namespace Chronicle.Events.Coding;

/// <summary>Who a sentence's claim rests on when the language layer found no attribution for it: the actor after
/// <c>according to</c>, else the subject of a reporting verb (<c>Seoul said</c>, <c>Russia's Interfax reported</c>,
/// <c>South Korean assessments suggest</c>).</summary>
internal static class SentenceAttribution
{
    public static ActorMention? Find(ChunkedSentence s, WordClasses words)
    {
        for (var k = 0; k + 1 < s.Count; k++)
        {
            if (s.Norm(k) == "according" && s.Norm(k + 1) == "to")
                return MentionAfter(s, k + 2);
        }

        for (var k = 1; k < s.Count; k++)
        {
            if (s.Tags[k] != TokenTag.Verb || !words.SpeechVerbs.Contains(s.Norm(k)))
                continue;
            var j = k - 1;
            while (j >= 0 && s.Tags[j] == TokenTag.Adverb)
                j--;
            if (j < 0)
                continue;
            if (s.MentionAt[j] is var m and >= 0 && s.Tags[j] != TokenTag.Pronoun)
                return s.Mentions[m];
            if (s.Tags[j] == TokenTag.Word && j > 0 && s.MentionAt[j - 1] is var owner and >= 0)
                return s.Mentions[owner];
        }

        return null;
    }

    /// <summary>The head (last) mention of the noun group at <paramref name="from"/>: <c>the official Korean Central News
    /// Agency</c> is the agency, not the official.</summary>
    private static ActorMention? MentionAfter(ChunkedSentence s, int from)
    {
        ActorMention? head = null;
        for (var k = from; k < s.Count && k < from + 8; k++)
        {
            if (s.MentionAt[k] is var m and >= 0)
                head = s.Mentions[m];
            else if (s.Tags[k] is not (TokenTag.Determiner or TokenTag.Word))
                break;
        }

        return head;
    }
}
