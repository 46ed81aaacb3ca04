namespace Chronicle.Storage;

/// <summary>A count per name (an outlet, an agency), for summaries.</summary>
public readonly record struct NamedCount(string Name, int Count);

/// <summary>What a store holds: articles by outlet, the span of publication dates and the wire agencies credited.</summary>
/// <param name="Undated">Articles without a publication date (not counted in the span).</param>
/// <param name="ByOutlet">Outlets by article count, largest first; articles without an outlet count under an empty name.</param>
/// <param name="ByAgency">Agencies by credited article count, largest first.</param>
public sealed record StoreStats(
    int Articles,
    int Undated,
    DateOnly? FirstPublished,
    DateOnly? LastPublished,
    IReadOnlyList<NamedCount> ByOutlet,
    IReadOnlyList<NamedCount> ByAgency);
