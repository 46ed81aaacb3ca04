namespace Chronicle.Events.Coding;

/// <summary>Reads an event's status from its verb group and clause: negation (<c>did not attack</c>), modality
/// (<c>could send</c>), intention (<c>plans to visit</c>, <c>will sign</c>), denial (<c>denied sending troops</c>,
/// <c>denied that it had sent</c>), conditions (<c>if Russia attacks</c>) and questions. The strongest reading wins:
/// denied, negated, question, hypothetical, planned, happened.</summary>
internal sealed class StatusReader(WordClasses words)
{
    /// <param name="head">The event's head token.</param>
    /// <param name="clauseStart">The first token of the clause (the subject's first token, or the head).</param>
    public (EventStatus Status, bool Evidential) Read(ChunkedSentence s, int head, int clauseStart, EventStatus? implied)
    {
        var status = implied ?? EventStatus.Happened;
        var evidential = false;
        for (var k = head - 1; k >= 0 && k >= head - 8; k--)
        {
            var norm = s.Norm(k);

            // "ended the summit without reaching an agreement": a gerund after "without" did not happen.
            if (k == head - 1 && norm == "without" && s.Norm(head).EndsWith("ing", StringComparison.Ordinal))
                return (EventStatus.Negated, evidential);
            if (s.Tags[k] is not (TokenTag.Auxiliary or TokenTag.Adverb or TokenTag.Verb))
            {
                if (!(s.Tags[k] == TokenTag.Word && k == head - 1 && norm.EndsWith("ing", StringComparison.Ordinal)))
                    break;
            }

            status = Stronger(status, Cue(norm, ref evidential));
        }

        for (var k = clauseStart - 1; k >= 0 && k >= clauseStart - 4; k--)
        {
            var norm = s.Norm(k);
            if (norm is "if" or "unless" or "whether")
                status = Stronger(status, EventStatus.Hypothetical);
            else if (words.DeniedCues.Contains(norm))
                status = Stronger(status, EventStatus.Denied);
            else if (s.Tags[k] is TokenTag.Boundary || (s.Tags[k] == TokenTag.Verb && !words.IsVerbLike(norm)))
                break;
        }

        if (s.IsQuestion)
            status = Stronger(status, EventStatus.Question);
        return (status, evidential);
    }

    /// <summary>The status a noun event takes from the words just before it (<c>the possibility of talks</c>) or from the verb
    /// it is the object of (<c>plans to host talks between…</c>).</summary>
    public EventStatus ReadNominal(ChunkedSentence s, int head)
    {
        var status = EventStatus.Happened;
        for (var k = head - 1; k >= 0 && k >= head - 4; k--)
        {
            var norm = s.Norm(k);
            if (words.HypotheticalCues.Contains(norm))
                status = Stronger(status, EventStatus.Hypothetical);
            else if (words.PlannedCues.Contains(norm) || norm is "upcoming" or "future" or "proposed")
                status = Stronger(status, EventStatus.Planned);
            if (s.Tags[k] == TokenTag.Verb)
                return Stronger(status, Read(s, k, k, null).Status);
            if (s.Tags[k] is TokenTag.Boundary)
                break;
        }

        return s.IsQuestion ? Stronger(status, EventStatus.Question) : status;
    }

    private EventStatus Cue(string norm, ref bool evidential)
    {
        if (words.Negations.Contains(norm) || words.NegatingCues.Contains(norm))
            return EventStatus.Negated;
        if (words.DeniedCues.Contains(norm))
            return EventStatus.Denied;
        if (words.Modals.Contains(norm) || words.HypotheticalCues.Contains(norm))
            return EventStatus.Hypothetical;
        if (words.Future.Contains(norm) || words.PlannedCues.Contains(norm))
            return EventStatus.Planned;
        if (words.EvidentialCues.Contains(norm))
            evidential = true;
        return EventStatus.Happened;
    }

    private static EventStatus Stronger(EventStatus a, EventStatus b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(EventStatus status) => status switch
    {
        EventStatus.Denied => 5,
        EventStatus.Negated => 4,
        EventStatus.Question => 3,
        EventStatus.Hypothetical => 2,
        EventStatus.Planned => 1,
        _ => 0,
    };
}
