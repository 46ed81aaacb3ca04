namespace Chronicle.Events.Coding;

/// <summary>The stretch of a sentence that belongs to an event: from its head to the next clause's verb, subordinator or
/// boundary. A participle introducing an agent (<c>led by Ri</c>) does not end it.</summary>
internal static class ClauseScope
{
    /// <summary>The first token after the event's scope (exclusive end).</summary>
    public static int End(ChunkedSentence s, int lastMatched)
    {
        for (var k = lastMatched + 1; k < s.Count; k++)
        {
            if (s.Tags[k] is TokenTag.Boundary or TokenTag.Subordinator)
                return k;
            if (s.Tags[k] == TokenTag.Verb && !(k + 1 < s.Count && s.Norm(k + 1) == "by"))
                return k;
        }

        return s.Count;
    }
}
