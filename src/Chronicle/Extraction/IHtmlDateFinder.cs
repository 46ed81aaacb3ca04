using AngleSharp.Dom;

namespace Chronicle.Extraction;

/// <summary>Finds a page's original publication date from its markup, text and URL; null when none is trustworthy (a wrong date is worse than none).</summary>
public interface IHtmlDateFinder
{
    PublicationDate? FindPublished(IDocument page, string? url);
}
