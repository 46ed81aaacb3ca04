namespace Chronicle.Extraction.Dates;

/// <summary>One date found on a page, with where it was found, what it claims to be and whether it sits inside the
/// page's <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c> (where the story's own date is, rather than a header's "today")
/// and whether it stands by the page's main heading: in the heading's own block or after it (a top bar's "today" stands
/// before it, elsewhere).</summary>
internal readonly record struct DateCandidate(PublicationDate Date, DateSource Source, DateKind Kind, bool InArticle = false, bool ByHeading = false);
