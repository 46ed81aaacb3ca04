using AngleSharp.Dom;

namespace Chronicle.Extraction.Dates;

/// <summary>Finds a page's original publication date in the manner of htmldate's extensive search: the URL, JSON-LD, meta
/// tags and <c>itemprop</c> first, then <c>&lt;time&gt;</c> elements, date-marked elements and labelled text, then dates
/// printed in the page. Dates after the clock's now or before 1995 are discarded; where several sources agree, their day wins;
/// published beats modified. When the evidence is weak the answer is null: a wrong date is worse than none.
/// Thread-safe: one instance serves many pages at once.</summary>
public sealed class HtmlDateFinder(TimeProvider clock) : IHtmlDateFinder
{
    private readonly DatePlausibility plausibility = new(clock);
    private readonly DateHints hints = DateHints.Default;

    public PublicationDate? FindPublished(IDocument page, string? url)
    {
        // The URL and the head's metadata settle most pages; the body is walked only when they do not.
        var found = CollectMetadata(page, url);
        if (!DateChoice.IsSettled(found))
            CollectBody(page, found);
        return DateChoice.Choose(found);
    }

    /// <summary>Every plausible date the page shows, with its source; what <see cref="FindPublished"/> chooses from.</summary>
    internal List<DateCandidate> Collect(IDocument page, string? url)
    {
        var found = CollectMetadata(page, url);
        CollectBody(page, found);
        return found;
    }

    private List<DateCandidate> CollectMetadata(IDocument page, string? url)
    {
        ArgumentNullException.ThrowIfNull(page);
        var order = PageLanguage.NumericOrder(page);
        var found = new List<DateCandidate>();
        if (UrlDates.Find(url) is { } urlDate)
            found.Add(new DateCandidate(urlDate, DateSource.Url, DateKind.Published));
        JsonLdDates.Collect(page, order, found);
        MetaDates.Collect(page, hints, order, found);
        found.RemoveAll(candidate => !plausibility.IsPlausible(candidate.Date));
        return found;
    }

    private void CollectBody(IDocument page, List<DateCandidate> found)
    {
        if (page.Body is not { } body)
            return;
        var start = found.Count;
        var heading = body.QuerySelector("h1");
        new PageWalker(hints, PageLanguage.NumericOrder(page), found, heading).Walk(body, skip: false, article: false);
        for (var i = found.Count - 1; i >= start; i--)
        {
            if (!plausibility.IsPlausible(found[i].Date))
                found.RemoveAt(i);
        }
    }
}
