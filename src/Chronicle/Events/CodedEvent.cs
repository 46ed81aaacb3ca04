namespace Chronicle.Events;

/// <summary>One coded event: who did what to whom, when, where, according to whom, with its evidence.</summary>
/// <param name="Id">Unique within the run: the document id and the event's ordinal (<c>doc-1#2</c>).</param>
/// <param name="DocumentId">The id of the document (input line) the event was coded from.</param>
/// <param name="Source">The acting actor's code (<c>RUSGOV</c>), or null when only a name is known.</param>
/// <param name="SourceName">The acting actor's canonical name as the actor layer gave it.</param>
/// <param name="Target">The actor acted upon, or null (a missile test has none).</param>
/// <param name="Date">ISO 8601 date, month, year or range: from the clause's time, else the sentence's, else the article's.</param>
/// <param name="Location">The place named in the clause or sentence (<c>Moscow</c>), else the dateline.</param>
/// <param name="ReportedBy">Who the claim rests on: the attribution's actor code, else its source as written.</param>
/// <param name="ReportedByName">The attribution's source as written (<c>Russia's Interfax</c>).</param>
/// <param name="Rule">The id of the pattern that matched, for explanations.</param>
/// <param name="Confidence">0..1: lower when the target was implicit, the subject inherited or the claim hedged.</param>
public sealed record CodedEvent(
    string Id,
    string DocumentId,
    string? Source,
    string? SourceName,
    string? Target,
    string? TargetName,
    CameoCode Cameo,
    string? Date,
    string? Location,
    string? ReportedBy,
    string? ReportedByName,
    EventStatus Status,
    EventEvidence Evidence,
    string Rule,
    double Confidence);
