namespace Chronicle.Extraction.Dates;

/// <summary>One date found on a page, with where it was found, what it claims to be and whether it sits inside the
/// page's <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c> (where the story's own date is, rather than a header's "today").</summary>
internal readonly record struct DateCandidate(PublicationDate Date, DateSource Source, DateKind Kind, bool InArticle = false);
