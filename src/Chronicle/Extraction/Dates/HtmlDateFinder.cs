using AngleSharp.Dom;

namespace Chronicle.Extraction.Dates;

/// <summary>Finds a page's original publication date in the manner of htmldate's extensive search: JSON-LD, meta tags and
/// <c>itemprop</c> first, then the URL, <c>&lt;time&gt;</c> elements, date-marked elements and labelled text, then dates
/// printed in the page. Dates after the clock's now or before 1995 are discarded; where several sources agree, their day wins;
/// published beats modified. When the evidence is weak the answer is null: a wrong date is worse than none.</summary>
public sealed class HtmlDateFinder(TimeProvider clock) : IHtmlDateFinder
{
    private readonly DatePlausibility plausibility = new(clock);
    private readonly DateHints hints = DateHints.Default;

    public PublicationDate? FindPublished(IDocument page, string? url) => DateChoice.Choose(Collect(page, url));

    /// <summary>Every plausible date the page shows, with its source; what <see cref="FindPublished"/> chooses from.</summary>
    internal List<DateCandidate> Collect(IDocument page, string? url)
    {
        ArgumentNullException.ThrowIfNull(page);
        var order = PageLanguage.NumericOrder(page);
        var found = new List<DateCandidate>();
        JsonLdDates.Collect(page, order, found);
        MetaDates.Collect(page, hints, order, found);
        if (page.Body is { } body)
            new PageWalker(hints, order, found).Walk(body, skip: false, article: false);
        var fromUrl = UrlDates.Find(url);
        if (fromUrl is { } urlDate)
            found.Add(new DateCandidate(urlDate, DateSource.Url, DateKind.Published));
        found.RemoveAll(candidate => !plausibility.IsPlausible(candidate.Date));
        return found;
    }
}
