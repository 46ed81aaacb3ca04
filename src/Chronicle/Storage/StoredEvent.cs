using Chronicle.Events;

namespace Chronicle.Storage;

/// <summary>A coded event as stored, with the article that reported it.</summary>
/// <param name="Id">The store's id of the event.</param>
/// <param name="Key">The coder's id (document id and ordinal).</param>
/// <param name="Sentence">The evidence sentence.</param>
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
    double Confidence);
