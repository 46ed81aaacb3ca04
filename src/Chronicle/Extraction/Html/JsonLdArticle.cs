using System.Text.Json;
using AngleSharp.Dom;

namespace Chronicle.Extraction.Html;

/// <summary>What a page's JSON-LD says about its article (schema.org NewsArticle and kin), each field null when absent.</summary>
internal sealed record JsonLdArticle(string? Headline, IReadOnlyList<string> Authors, string? Publisher, string? Section, string? Description, string? SiteName)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static readonly JsonLdArticle Empty = new(null, [], null, null, null, null);

    /// <summary>Reads the given <c>application/ld+json</c> scripts; malformed ones are skipped (they are common and carry nothing usable).</summary>
    public static JsonLdArticle Read(IEnumerable<IElement> scripts)
    {
        var result = Empty;
        foreach (var script in scripts)
        {
            var text = script.TextContent;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            try
            {
                using var json = JsonDocument.Parse(text, Options);
                result = Visit(json.RootElement, result);
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often invalid; the page's other metadata still counts.
            }
        }

        return result;
    }

    private static JsonLdArticle Visit(JsonElement node, JsonLdArticle found)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
                found = Visit(item, found);
            return found;
        }

        if (node.ValueKind != JsonValueKind.Object)
            return found;
        if (node.TryGetProperty("@graph", out var graph))
            found = Visit(graph, found);

        var type = TypeOf(node);
        if (IsArticleType(type) && found.Headline is null)
        {
            return found with
            {
                Headline = String(node, "headline") ?? String(node, "name"),
                Authors = found.Authors.Count > 0 ? found.Authors : Names(node, "author"),
                Publisher = found.Publisher ?? Names(node, "publisher").FirstOrDefault(),
                Section = found.Section ?? String(node, "articleSection"),
                Description = found.Description ?? String(node, "description"),
            };
        }

        if (type is "WebSite" && found.SiteName is null)
            return found with { SiteName = String(node, "name") };
        return found;
    }

    private static string? TypeOf(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
            return null;
        if (type.ValueKind == JsonValueKind.String)
            return type.GetString();
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && IsArticleType(item.GetString()))
                    return item.GetString();
            }
        }

        return null;
    }

    private static bool IsArticleType(string? type) =>
        type is not null && (type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "NewsArticle" or "Report" or "LiveBlogPosting" or "SocialMediaPosting");

    /// <summary>A string property, or the first string of an array property.</summary>
    private static string? String(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var value))
            return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
        return TextCleaner.NullIfEmpty(TextCleaner.Collapse(text));
    }

    /// <summary>Names of a person/organisation property: a string, an object with "name", or an array of either.</summary>
    private static List<string> Names(JsonElement node, string name)
    {
        var names = new List<string>();
        if (node.TryGetProperty(name, out var value))
            AddNames(value, names);
        return names;
    }

    private static void AddNames(JsonElement value, List<string> names)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when TextCleaner.NullIfEmpty(TextCleaner.Collapse(value.GetString())) is { } text:
                names.Add(text);
                break;
            case JsonValueKind.Object when String(value, "name") is { } text:
                names.Add(text);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                    AddNames(item, names);
                break;
        }
    }
}
