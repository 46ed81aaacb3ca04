namespace Chronicle.Events;

/// <summary>What the coder knows of the document around the sentences: its id, date, dateline place and outlet.</summary>
/// <param name="Id">The document's id; event ids are derived from it.</param>
/// <param name="Date">The article's date, the last resort for an event's date.</param>
/// <param name="Dateline">The dateline's place (<c>SEOUL</c>), the last resort for an event's location.</param>
public sealed record DocumentContext(string Id, DateOnly? Date, string? Dateline = null, string? Outlet = null);
