using System.Globalization;
using Chronicle.Actors;
using Chronicle.Language;

namespace Chronicle.Events.Coding;

/// <summary>The state of coding one document: its events so far, the last subject actor (for pronouns), and the
/// document-level fallbacks for an event's date and source of report.</summary>
/// <param name="reporters">Per sentence, the reporting actor the coder read itself (<see cref="SentenceAttribution"/>), used
/// where the language layer gave no attribution.</param>
internal sealed class DocumentRun(TextAnalysis analysis, DocumentContext context, ActorMention?[] reporters)
{
    private readonly List<CodedEvent> _events = [];

    public DocumentContext Context => context;

    public IReadOnlyList<CodedEvent> Events => _events;

    public ActorGroup? LastSubject { get; set; }

    /// <summary>The clause's time expression, else the sentence's nearest to the head, else the article's date.</summary>
    public string? DateFor(ChunkedSentence s, int clauseStart, int scopeEnd, int head)
    {
        var from = s.Tokens[Math.Clamp(clauseStart, 0, s.Count - 1)].Start;
        var to = s.Tokens[Math.Clamp(scopeEnd - 1, 0, s.Count - 1)].End;
        TimeExpression? nearest = null;
        var headStart = s.Tokens[head].Start;
        foreach (var time in analysis.Times)
        {
            if (time.Start < s.Sentence.Start || time.End > s.Sentence.End)
                continue;
            if (time.Start >= from && time.End <= to)
                return time.Value;
            if (nearest is null || Math.Abs(time.Start - headStart) < Math.Abs(nearest.Start - headStart))
                nearest = time;
        }

        return nearest?.Value ?? context.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The attribution covering the sentence, else one in the sentence just before or after (a lede's source often
    /// sits in the next line: <c>… on Wednesday. "…," Kim said, according to KCNA.</c>).</summary>
    public (string? Code, string? Name) ReportedBy(int sentence)
    {
        return In(sentence) ?? In(sentence - 1) ?? In(sentence + 1) ?? (null, null);
    }

    private (string? Code, string? Name)? In(int sentence)
    {
        if (sentence < 0 || sentence >= reporters.Length)
            return null;
        var own = reporters[sentence];
        // A news channel named in the sentence (`Kim said, according to KCNA`) is who reports it: it wins over the speaker.
        if (own is { Type: ActorType.Media })
            return (own.Code ?? own.Actor, own.Text);
        foreach (var attribution in analysis.Attributions)
        {
            if (attribution.Sentence == sentence)
                return (attribution.SourceCode ?? OwnCode(own, attribution) ?? attribution.Source, attribution.Source);
        }

        return own is null ? null : (own.Code ?? own.Actor, own.Text);
    }

    /// <summary>The code of the coder's own reporter when it names the attribution's source (the actor layer had not coded it).</summary>
    private static string? OwnCode(ActorMention? own, Attribution attribution) =>
        own is not null && attribution.Source.Contains(own.Text, StringComparison.Ordinal) ? own.Code : null;

    public void Add(ActorMention source, ActorMention? target, CameoCode cameo, string? date, string? location,
        string? reportedBy, string? reportedByName, EventStatus status, EventEvidence evidence, string rule, double confidence)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{context.Id}#{_events.Count + 1}");
        _events.Add(new CodedEvent(id, context.Id, source.Code, source.Actor, target?.Code, target?.Actor, cameo, date, location,
            reportedBy, reportedByName, status, evidence, rule, confidence));
    }
}
