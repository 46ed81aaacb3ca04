namespace Chronicle.Storage;

/// <summary>Filters and paging for listing articles. Null filters match everything; text filters ignore case.</summary>
/// <param name="From">First publication day included; undated articles never match a date filter.</param>
/// <param name="To">Last publication day included.</param>
public sealed record ArticleQuery(
    string? Outlet = null,
    string? Agency = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Offset = 0,
    int Limit = 50);
