using Chronicle.Actors;
using Chronicle.Events.Coding;
using Chronicle.Events.Patterns;
using Chronicle.Language;

namespace Chronicle.Events;

/// <summary>Codes events from an analysed text and its actor mentions: for each sentence, who did what to whom (a CAMEO
/// code from the pattern book), when, where, according to whom, and whether it happened, with its evidence.
/// Immutable after construction and thread-safe; build it once and reuse it (dictionaries load once).</summary>
public sealed class EventCoder
{
    private readonly CameoCodebook _codebook;
    private readonly PatternBook _patterns;
    private readonly WordClasses _words;
    private readonly Chunker _chunker;
    private readonly StatusReader _status;
    private readonly PlaceFinder _places;

    public EventCoder(CameoCodebook? codebook = null, PatternBook? patterns = null, WordClasses? words = null)
    {
        _codebook = codebook ?? CameoCodebook.Default;
        _patterns = patterns ?? PatternBook.Default;
        _words = words ?? WordClasses.Default;
        _chunker = new Chunker(_patterns, _words);
        _status = new StatusReader(_words);
        _places = new PlaceFinder(_words);
    }

    public CameoCodebook Codebook => _codebook;

    public IReadOnlyList<CodedEvent> Code(TextAnalysis analysis, IReadOnlyList<ActorMention> mentions, DocumentContext context)
    {
        var sorted = mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End).ToArray();
        var sentences = new ChunkedSentence?[analysis.Sentences.Count];
        var reporters = new ActorMention?[sentences.Length];
        for (var i = 0; i < sentences.Length; i++)
        {
            if (analysis.Sentences[i].TokenCount <= 0)
                continue;
            sentences[i] = _chunker.Chunk(analysis, i, sorted);
            reporters[i] = SentenceAttribution.Find(sentences[i]!, _words);
        }

        var run = new DocumentRun(analysis, context, reporters);
        foreach (var sentence in sentences)
        {
            if (sentence is not null)
                CodeSentence(sentence, run);
        }

        return run.Events;
    }

    private void CodeSentence(ChunkedSentence s, DocumentRun run)
    {
        var consumed = new bool[s.Count];
        var betweenUsed = false;
        ActorGroup? previousSubject = null;
        for (var k = 0; k < s.Count; k++)
        {
            if (consumed[k])
                continue;
            if (s.Tags[k] == TokenTag.Verb)
            {
                var groupStart = VerbGroupStart(s, k);
                var subject = SubjectFinder.Find(s, groupStart, run.LastSubject, _words);
                if (subject is null && previousSubject is not null && SharesSubject(s, groupStart, k))
                    subject = previousSubject with { Inherited = true };
                if (subject is not null)
                {
                    previousSubject = subject;
                    if (subject.Mentions.Any(m => m.Code is not null))
                        run.LastSubject = subject;
                }

                if (s.VerbLemmas[k] is { } lemma && MatchVerb(s, k, lemma) is { } match)
                {
                    Consume(s, consumed, match);
                    EmitVerbEvent(s, run, match, subject, groupStart);
                }
            }
            else if (s.Tags[k] == TokenTag.Word && s.MentionAt[k] < 0)
            {
                foreach (var pattern in _patterns.NounPatterns(s.Norm(k)))
                {
                    if (PatternMatcher.Match(s, pattern, k) is not { } match)
                        continue;
                    if (EmitNominalEvent(s, run, match, ref betweenUsed))
                    {
                        Consume(s, consumed, match);
                        break;
                    }
                }
            }
        }
    }

    private PatternMatch? MatchVerb(ChunkedSentence s, int head, string lemma)
    {
        foreach (var pattern in _patterns.VerbPatterns(lemma))
        {
            if (PatternMatcher.Match(s, pattern, head) is { } match)
                return match;
        }

        return null;
    }

    /// <summary>Marks the match and an infinitive it governs (<c>pledged to send</c>) as used, so they give one event.</summary>
    private static void Consume(ChunkedSentence s, bool[] consumed, PatternMatch match)
    {
        for (var k = match.Head; k <= match.End; k++)
            consumed[k] = true;
        var next = match.End + 1;
        if (next + 1 < s.Count && s.Norm(next) == "to" && s.Tags[next + 1] == TokenTag.Verb)
            consumed[next + 1] = true;
        else if (s.Norm(match.End) == "to" && next < s.Count && s.Tags[next] == TokenTag.Verb)
            consumed[next] = true;
    }

    /// <summary>The first token of the verb group ending at <paramref name="head"/>: auxiliaries, modals, negation, adverbs,
    /// infinitive <c>to</c> and governing cue verbs (<c>appears to have sent</c>, <c>denied sending</c>).</summary>
    private int VerbGroupStart(ChunkedSentence s, int head)
    {
        var k = head;
        while (k > 0 && head - k < 8)
        {
            var previous = k - 1;
            var tag = s.Tags[previous];
            if (tag is TokenTag.Auxiliary or TokenTag.Adverb || (tag == TokenTag.Verb && _words.IsVerbLike(s.Norm(previous))))
                k = previous;
            else
                break;
        }

        return k;
    }

    /// <summary>A verb group with no subject of its own shares the previous one's when it is non-finite (<c>by agreeing</c>,
    /// <c>to support</c>, <c>claiming</c>) or coordinated (<c>…and called for</c>).</summary>
    private static bool SharesSubject(ChunkedSentence s, int groupStart, int head)
    {
        if (s.Norm(groupStart) == "to" || (groupStart == head && s.Norm(head).EndsWith("ing", StringComparison.Ordinal)))
            return true;
        var before = groupStart - 1;
        return before >= 0 && (s.Norm(before) is "and" or "but" or "then" or "," || s.Tags[before] == TokenTag.Preposition);
    }

    private void EmitVerbEvent(ChunkedSentence s, DocumentRun run, PatternMatch match, ActorGroup? subject, int groupStart)
    {
        var pattern = match.Pattern;
        var passive = IsPassive(s, groupStart, match.Head);
        ActorGroup? source = subject;
        ActorGroup? target = null;
        if (passive)
        {
            var agent = Agent(s, match.End + 1);
            if (agent is null)
                return;
            (source, target) = (agent, subject);
        }

        if (source is null)
            return;
        var sourceKey = ActorRoles.Key(source.Mentions[0]);
        if (!passive)
        {
            target = match.SlotMention >= 0
                ? ActorGroup.From(s, NounGroups.WithConjunctsAfter(s, match.SlotMention))
                : TargetFinder.Find(s, match.End + 1, sourceKey, _words);
            if (target is null && pattern.ImplicitTarget)
                target = TargetFinder.Implicit(s, match.Head, sourceKey);
        }

        var clauseStart = source.Inherited ? groupStart : Math.Min(groupStart, TokenAt(s, source.Span.Start));
        var (status, evidential) = _status.Read(s, match.Head, clauseStart, pattern.Status);
        var confidence = 0.9 - (pattern.Elements.Count == 0 ? 0.1 : 0) - (source.Inherited ? 0.15 : 0)
            - (target?.Inherited == true ? 0.2 : 0) - (evidential ? 0.1 : 0);
        Emit(s, run, match, source, target, status, confidence, clauseStart);
    }

    /// <param name="betweenUsed">A sentence's <c>between A and B</c> gives the participants of one noun event only (the
    /// first: <c>ties between A and B since the signing of a pact during a summit</c> is one event, not two).</param>
    private bool EmitNominalEvent(ChunkedSentence s, DocumentRun run, PatternMatch match, ref bool betweenUsed)
    {
        var possessor = Possessor(s, match.Head);
        var slot = match.SlotMention >= 0 ? ActorGroup.From(s, [match.SlotMention]) : null;
        var between = betweenUsed ? null : Between(s);
        ActorGroup? source = possessor;
        var target = slot;
        if (source is null && between is not null)
        {
            source = between;
            target = null;
        }
        else if (target is null && source is not null && between is not null)
        {
            target = between;
        }

        if (source is null || (target is null && source.Mentions.Count < 2))
            return false;
        betweenUsed |= between is not null && (ReferenceEquals(source, between) || ReferenceEquals(target, between));
        var status = _status.ReadNominal(s, match.Head);
        Emit(s, run, match, source, target, status, 0.7, match.Head);
        return true;
    }

    private void Emit(ChunkedSentence s, DocumentRun run, PatternMatch match, ActorGroup source, ActorGroup? target,
        EventStatus status, double confidence, int clauseStart)
    {
        var cameo = _codebook[match.Pattern.Code];
        var scopeEnd = ClauseScope.End(s, match.End);
        var date = run.DateFor(s, clauseStart, scopeEnd, match.Head);
        var location = _places.Find(s, match.Head, match.End) ?? run.Context.Dateline;
        var (reportedBy, reportedByName) = run.ReportedBy(s.Index);
        var verb = s.Span(match.Head, match.VerbEnd);
        var evidence = new EventEvidence(TextSpan.Of(s.Text, s.Sentence.Start, s.Sentence.End), source.Span, verb, target?.Span);
        foreach (var (from, to) in Pairs(source, target, cameo.Code))
        {
            run.Add(from, to, cameo, date, location, reportedBy, reportedByName, status, evidence, match.Pattern.Id,
                Math.Round(Math.Clamp(confidence, 0.05, 1), 2));
        }
    }

    /// <summary>Every source with every target; compound actors with no target act on each other when the code is mutual.</summary>
    private IEnumerable<(ActorMention From, ActorMention? To)> Pairs(ActorGroup source, ActorGroup? target, string code)
    {
        var sources = source.Mentions.Where(ActorRoles.CanAct).DistinctBy(ActorRoles.Key).ToArray();
        if (target is null)
        {
            if (sources.Length >= 2 && _patterns.IsMutual(code))
            {
                foreach (var a in sources)
                {
                    foreach (var b in sources)
                    {
                        if (!ReferenceEquals(a, b))
                            yield return (a, b);
                    }
                }
            }
            else
            {
                foreach (var a in sources)
                    yield return (a, null);
            }

            yield break;
        }

        foreach (var a in sources)
        {
            foreach (var b in target.Mentions.Where(ActorRoles.CanAct).DistinctBy(ActorRoles.Key))
            {
                if (!ActorRoles.Same(ActorRoles.Key(a), ActorRoles.Key(b)))
                    yield return (a, b);
            }
        }
    }

    /// <summary>be + participle, unless an infinitive follows (<c>was prepared to help</c> is active in meaning).</summary>
    private bool IsPassive(ChunkedSentence s, int groupStart, int head)
    {
        if (s.Norm(head).EndsWith("ing", StringComparison.Ordinal) || s.Norm(head) == s.VerbLemmas[head]
            || (head + 1 < s.Count && s.Norm(head + 1) == "to"))
            return false;
        for (var k = groupStart; k < head; k++)
        {
            if (_words.Be.Contains(s.Norm(k)) && s.Norm(k) != "being")
                return true;
        }

        return false;
    }

    /// <summary>The agent of a passive: the actor after <c>by</c> within a few tokens.</summary>
    private static ActorGroup? Agent(ChunkedSentence s, int from)
    {
        for (var k = from; k < s.Count && k < from + 5; k++)
        {
            if (s.Norm(k) != "by")
            {
                if (s.Tags[k] is TokenTag.Boundary or TokenTag.Verb)
                    return null;
                continue;
            }

            for (var j = k + 1; j < s.Count && j < k + 5; j++)
            {
                var m = s.MentionAt[j];
                if (m >= 0 && ActorRoles.CanAct(s.Mentions[m]))
                    return ActorGroup.From(s, NounGroups.WithConjunctsAfter(s, m));
                if (s.Tags[j] is not (TokenTag.Determiner or TokenTag.Word))
                    return null;
            }

            return null;
        }

        return null;
    }

    /// <summary>The possessor of a noun event: <c>the North Korean delegation's visit</c>.</summary>
    private static ActorGroup? Possessor(ChunkedSentence s, int head)
    {
        for (var k = head - 1; k >= 1 && k >= head - 4; k--)
        {
            if (s.Norm(k) == "'s" && s.MentionAt[k - 1] is var m and >= 0 && ActorRoles.CanAct(s.Mentions[m]))
                return ActorGroup.From(s, [m]);
            if (s.Tags[k] is not (TokenTag.Word or TokenTag.Determiner))
                return null;
        }

        return null;
    }

    /// <summary>The two actors of <c>between A and B</c> anywhere in the sentence.</summary>
    private static ActorGroup? Between(ChunkedSentence s)
    {
        for (var k = 0; k + 1 < s.Count; k++)
        {
            if (s.Norm(k) != "between")
                continue;
            var j = k + 1;
            while (j < s.Count && s.Tags[j] == TokenTag.Determiner)
                j++;
            if (j < s.Count && s.MentionAt[j] is var m and >= 0 && ActorRoles.CanAct(s.Mentions[m]))
            {
                var both = NounGroups.WithConjunctsAfter(s, m);
                if (both.Count >= 2)
                    return ActorGroup.From(s, both);
            }
        }

        return null;
    }

    private static int TokenAt(ChunkedSentence s, int offset)
    {
        for (var k = 0; k < s.Count; k++)
        {
            if (s.Tokens[k].End > offset)
                return k;
        }

        return s.Count - 1;
    }
}
