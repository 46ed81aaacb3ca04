namespace Chronicle.Extraction.Dates;

/// <summary>What an element's class or id says about the dates inside it (see <c>markup-hints.tsv</c>).</summary>
internal enum MarkupHint
{
    None,
    Published,
    Modified,

    /// <summary>Page furniture (footer, sidebar, widget): other pages' dates outside the article, the story's own inside it.</summary>
    Chrome,

    /// <summary>Other things' dates wherever it is: comments, related stories, archives, calendars.</summary>
    Foreign,
}
