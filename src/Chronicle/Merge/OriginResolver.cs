namespace Chronicle.Merge;

/// <summary>Names the first publisher of a group of copies: the wire agency most of the copies credit, else the outlet
/// of the earliest dated copy. Ties break on names, never on the order copies arrived in.</summary>
public static class OriginResolver
{
    public static string? Resolve(IReadOnlyCollection<OriginMember> members)
    {
        var agency = members
            .SelectMany(m => m.Agencies.Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(a => a, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        if (agency is not null)
            return agency;

        return members
            .Where(m => m.Outlet is not null)
            .OrderBy(m => m.Published is { } p ? p.Date : DateOnly.MaxValue)
            .ThenBy(m => m.Published?.Time ?? TimeOnly.MaxValue)
            .ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => m.Outlet)
            .FirstOrDefault();
    }
}
