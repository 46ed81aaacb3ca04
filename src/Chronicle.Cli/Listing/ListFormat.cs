namespace Chronicle.Cli.Listing;

/// <summary>How list commands (articles, search) write their rows.</summary>
public enum ListFormat
{
    /// <summary>An aligned table for people.</summary>
    Table,

    /// <summary>A JSON array, one object a line.</summary>
    Json,

    /// <summary>RFC 4180 CSV with a header line.</summary>
    Csv,
}
