using AngleSharp.Dom;
using Chronicle.Extraction;
using Chronicle.Ingest;

namespace Chronicle.Tests.Extraction.Html;

/// <summary>A date finder that answers one fixed date and remembers the URL it was asked about.</summary>
internal sealed class FixedDateFinder(PublicationDate? date) : IHtmlDateFinder
{
    public string? LastUrl { get; private set; }

    public PublicationDate? FindPublished(IDocument page, string? url)
    {
        LastUrl = url;
        return date;
    }
}

/// <summary>An agency detector that keeps the evidence it was given and names "AP" when the byline mentions it.</summary>
internal sealed class RecordingAgencyDetector : IAgencyDetector
{
    public AgencyEvidence? Evidence { get; private set; }

    public IReadOnlyList<string> Detect(AgencyEvidence evidence)
    {
        Evidence = evidence;
        return evidence.Byline?.Contains("(AP)", StringComparison.Ordinal) == true ? ["AP"] : [];
    }
}

internal static class HtmlDocuments
{
    public static SourceDocument Of(string html, string? url = null) =>
        new(null, html, DocumentFormat.Html, new Provenance(url ?? "test.html", null, url, null, ""));
}
