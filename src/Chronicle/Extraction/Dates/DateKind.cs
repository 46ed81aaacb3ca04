namespace Chronicle.Extraction.Dates;

/// <summary>Which date of a page a piece of evidence claims to be.</summary>
internal enum DateKind
{
    Published,

    /// <summary>A later revision: the page's original date is wanted, so this is weak evidence.</summary>
    Modified,

    /// <summary>Nothing says which date it is (a bare date in the text or markup).</summary>
    Unlabelled,
}
