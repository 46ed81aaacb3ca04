using Chronicle.Extraction;

namespace Chronicle.Merge;

/// <summary>What the origin of a group of copies is decided from: each copy's outlet, credited agencies and date.</summary>
public sealed record OriginMember(string Key, string? Outlet, IReadOnlyList<string> Agencies, PublicationDate? Published);
