namespace Chronicle.Events.Coding;

/// <summary>Noun-group boundaries around a mention: <c>the country's top North Korean officials</c> starts at <c>the</c>.</summary>
internal static class NounGroups
{
    /// <summary>The first token of the noun group that ends with the mention starting at <paramref name="first"/>.</summary>
    public static int Start(ChunkedSentence s, int first)
    {
        var k = first;
        while (k > 0 && first - k < 6)
        {
            var previous = k - 1;
            var tag = s.Tags[previous];
            if (tag is TokenTag.Determiner or TokenTag.Number || s.MentionAt[previous] >= 0
                || (tag == TokenTag.Word && s.Tokens[previous].Kind == Language.TokenKind.Word)
                || s.Norm(previous) is "“" or "\"" or "‘")
                k = previous;
            else
                break;
        }

        return k;
    }

    /// <summary>The preposition governing the noun group that starts at <paramref name="groupStart"/>, or null.</summary>
    public static string? Preposition(ChunkedSentence s, int groupStart) =>
        groupStart > 0 && s.Tags[groupStart - 1] == TokenTag.Preposition ? s.Norm(groupStart - 1) : null;

    /// <summary>Adds the mentions joined to <paramref name="mention"/> by <c>and</c> or list commas on its left.</summary>
    public static List<int> WithConjunctsBefore(ChunkedSentence s, int mention)
    {
        var found = new List<int> { mention };
        var k = Start(s, s.MentionFirst[mention]) - 1;
        while (k > 0 && (s.Norm(k) == "and" || s.Norm(k) == ","))
        {
            var m = s.MentionAt[k - 1];
            if (m < 0 || !ActorRoles.CanAct(s.Mentions[m]))
                break;
            found.Insert(0, m);
            k = Start(s, s.MentionFirst[m]) - 1;
        }

        return WithSameSpan(s, found);
    }

    /// <summary>Adds the other actors a plural description names on the same words: "the two leaders" after "Biden and
    /// Xi" is two mentions of one span, and both act.</summary>
    private static List<int> WithSameSpan(ChunkedSentence s, List<int> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var m = found[i];
            for (var other = 0; other < s.Mentions.Length; other++)
            {
                if (other != m && !found.Contains(other) && s.MentionFirst[other] == s.MentionFirst[m]
                    && s.MentionLast[other] == s.MentionLast[m] && ActorRoles.CanAct(s.Mentions[other]))
                    found.Insert(i + 1, other);
            }
        }

        return found;
    }

    /// <summary>Adds the mentions joined to <paramref name="mention"/> by <c>and</c> on its right.</summary>
    public static List<int> WithConjunctsAfter(ChunkedSentence s, int mention)
    {
        var found = new List<int> { mention };
        var k = s.MentionLast[mention] + 1;
        while (k + 1 < s.Count && (s.Norm(k) == "and" || s.Norm(k) == ","))
        {
            var j = k + 1;
            while (j < s.Count && s.Tags[j] == TokenTag.Determiner)
                j++;
            var m = j < s.Count ? s.MentionAt[j] : -1;
            if (m < 0 || !ActorRoles.CanAct(s.Mentions[m]))
                break;
            found.Add(m);
            k = s.MentionLast[m] + 1;
        }

        return WithSameSpan(s, found);
    }
}
