using Chronicle.Actors;

namespace Chronicle.Events.Coding;

/// <summary>Finds where an event took place: a place after <c>in</c>, <c>at</c>, <c>near</c> — a gazetteer mention, or a
/// capitalised name the actor layer did not know (<c>at the Diaoyutai State Guest House</c>). The event's own stretch
/// (from its head to the next clause's verb) is searched first, then the rest of the sentence.</summary>
internal sealed class PlaceFinder(WordClasses words)
{
    public string? Find(ChunkedSentence s, int head, int end)
    {
        var scopeEnd = ClauseScope.End(s, end);
        return FindIn(s, head + 1, scopeEnd) ?? FindIn(s, 0, head) ?? FindIn(s, scopeEnd, s.Count);
    }

    private string? FindIn(ChunkedSentence s, int from, int to)
    {
        for (var k = Math.Max(from, 0); k < to - 1; k++)
        {
            if (s.Tags[k] != TokenTag.Preposition || !words.PlacePrepositions.Contains(s.Norm(k)))
                continue;
            var j = k + 1;
            while (j < to && s.Tags[j] == TokenTag.Determiner)
                j++;
            if (j >= to)
                continue;
            var m = s.MentionAt[j];
            if (m >= 0)
            {
                var mention = s.Mentions[m];
                if (mention.Type is ActorType.Place or ActorType.State or ActorType.Government or ActorType.Unknown)
                    return mention.Type == ActorType.Place ? mention.Actor : mention.Text;
                continue;
            }

            var name = CapitalisedName(s, j, to);
            if (name is not null)
                return name;
        }

        return null;
    }

    /// <summary>A run of capitalised words (with inner <c>of</c>, <c>the</c>) that no mention covers.</summary>
    private static string? CapitalisedName(ChunkedSentence s, int j, int to)
    {
        var last = -1;
        for (var k = j; k < to && k < j + 8; k++)
        {
            if (s.MentionAt[k] < 0 && s.Tokens[k].IsCapitalized(s.Text))
                last = k;
            else if (!(last >= 0 && s.Norm(k) is "of" or "the" && k + 1 < to && s.Tokens[k + 1].IsCapitalized(s.Text)))
                break;
        }

        return last < 0 ? null : s.Span(j, last).Text;
    }
}
