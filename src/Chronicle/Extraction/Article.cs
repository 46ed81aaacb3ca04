namespace Chronicle.Extraction;

/// <summary>The clean article extracted from one document. Unknown fields are null or empty, never invented.</summary>
public sealed record Article
{
    public string? Title { get; init; }

    public PublicationDate? Published { get; init; }

    public string? Outlet { get; init; }

    /// <summary>Wire services the story is credited to (not photo credits, not agencies cited inside the body).</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];

    public string? Byline { get; init; }

    public string? Section { get; init; }

    public string? Standfirst { get; init; }

    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>ISO 639-1 code of the body's language, when detected.</summary>
    public string? Language { get; init; }

    public string? Url { get; init; }

    /// <summary>The body text: paragraphs joined by a blank line. Every character offset of the analysis points into it.</summary>
    public string Body => string.Join("\n\n", Paragraphs);
}
