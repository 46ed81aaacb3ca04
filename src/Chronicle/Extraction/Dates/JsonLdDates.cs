using System.Text.Json;
using AngleSharp.Dom;

namespace Chronicle.Extraction.Dates;

/// <summary>Dates from JSON-LD: <c>datePublished</c>, <c>dateCreated</c>, <c>uploadDate</c> (published) and <c>dateModified</c>
/// of the page's own objects — top-level ones, <c>@graph</c> items and <c>mainEntity</c> — not of nested comments or reviews.</summary>
internal static class JsonLdDates
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static void Collect(IDocument page, NumericDateOrder order, List<DateCandidate> found)
    {
        foreach (var script in page.Scripts)
        {
            if (!string.Equals(script.Type, "application/ld+json", StringComparison.OrdinalIgnoreCase))
                continue;
            var text = script.Text;
            if (!text.Contains("date", StringComparison.OrdinalIgnoreCase))
                continue;
            try
            {
                using var json = JsonDocument.Parse(text, Options);
                Walk(json.RootElement, order, found);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common (CMS templates, truncated scripts); the page's other sources still count.
            }
        }
    }

    private static void Walk(JsonElement node, NumericDateOrder order, List<DateCandidate> found)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
                Walk(item, order, found);
            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
            return;
        Add(node, "datePublished", DateKind.Published, order, found);
        Add(node, "dateCreated", DateKind.Published, order, found);
        Add(node, "uploadDate", DateKind.Published, order, found);
        Add(node, "dateModified", DateKind.Modified, order, found);
        foreach (var name in (ReadOnlySpan<string>)["@graph", "mainEntity"])
        {
            if (node.TryGetProperty(name, out var child))
                Walk(child, order, found);
        }
    }

    private static void Add(JsonElement node, string property, DateKind kind, NumericDateOrder order, List<DateCandidate> found)
    {
        if (node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && DateText.TryParse(value.GetString(), order, out var date))
            found.Add(new DateCandidate(date, DateSource.JsonLd, kind));
    }
}
