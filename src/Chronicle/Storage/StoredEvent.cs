using Chronicle.Events;

namespace Chronicle.Storage;

/// <summary>A coded event as stored, with the article that reported it.</summary>
/// <param name="Id">The store's id of the event.</param>
/// <param name="Key">The coder's id (document id and ordinal).</param>
/// <param name="Sentence">The evidence sentence.</param>
/// <param name="Spans">Offsets of the evidence in the article's body.</param>
public sealed record StoredEvent(
    long Id,
    string Key,
    long ArticleId,
    string? ArticleTitle,
    string? Outlet,
    string? Published,
    string? Url,
    string? Source,
    string? SourceName,
    string? Target,
    string? TargetName,
    CameoCode Cameo,
    string? Date,
    string? Location,
    string? ReportedBy,
    string? ReportedByName,
    string Status,
    string Sentence,
    string Rule,
    double Confidence,
    EventSpans Spans)
{
    /// <summary>The merged event this report belongs to: the id of its first report (null before merging).</summary>
    public long? MergedId { get; init; }

    /// <summary>Reports of the merged event across the archive.</summary>
    public int? Mentions { get; init; }

    /// <summary>Independent sources behind the merged event ("Seoul said" in ten outlets is one).</summary>
    public int? Sources { get; init; }
}

/// <summary>Where the evidence lies in the article's body: the sentence, and the source, verb phrase and target within it.</summary>
public sealed record EventSpans(int SentenceStart, int SentenceEnd, int? SourceStart, int? SourceEnd, int VerbStart, int VerbEnd, int? TargetStart, int? TargetEnd);
