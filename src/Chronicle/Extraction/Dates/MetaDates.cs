using System.Globalization;
using AngleSharp.Dom;

namespace Chronicle.Extraction.Dates;

/// <summary>Dates from <c>&lt;meta&gt;</c> tags whose name, property, itemprop or http-equiv is listed in <c>meta-names.tsv</c>.</summary>
internal static class MetaDates
{
    private static readonly string[] NameAttributes = ["property", "name", "itemprop", "http-equiv"];

    /// <summary>Reads the head's meta tags; those in the body (microdata) are read by <see cref="PageWalker"/> as it passes.</summary>
    public static void Collect(IDocument page, DateHints hints, NumericDateOrder order, List<DateCandidate> found)
    {
        if (page.Head is not { } head)
            return;
        foreach (var child in head.Children)
        {
            if (child.LocalName == "meta")
                Inspect(child, hints, order, found);
        }
    }

    public static void Inspect(IElement meta, DateHints hints, NumericDateOrder order, List<DateCandidate> found, bool inArticle = false)
    {
        var content = meta.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(content))
            return;
        foreach (var attribute in NameAttributes)
        {
            var name = meta.GetAttribute(attribute);
            if (name is null || !hints.TryMetaName(name.Trim(), out var kind))
                continue;
            if (TryParseValue(content, order, out var date))
                found.Add(new DateCandidate(date, DateSource.Meta, kind, inArticle));
            return;
        }
    }

    /// <summary>Meta values are ISO dates, RFC 1123 dates or, now and then, compact <c>20250228</c> stamps.</summary>
    public static bool TryParseValue(string content, NumericDateOrder order, out PublicationDate date)
    {
        if (DateText.TryParse(content, order, out date))
            return true;
        var trimmed = content.AsSpan().Trim();
        if (trimmed.Length == 8 && DateOnly.TryParseExact(trimmed, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new PublicationDate(day);
            return true;
        }

        return false;
    }
}
