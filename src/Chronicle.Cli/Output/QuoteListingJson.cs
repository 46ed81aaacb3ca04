namespace Chronicle.Cli.Output;

/// <summary>One line of <c>chronicle quotes --format jsonl</c>: a quote with the article it comes from.</summary>
internal sealed record QuoteListingJson(string Path, string? Title, string? Published, string Text, string? Speaker, string? Via, int Start, int End);
