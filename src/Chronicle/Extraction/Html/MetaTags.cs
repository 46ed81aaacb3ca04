using AngleSharp.Dom;

namespace Chronicle.Extraction.Html;

/// <summary>The page's <c>&lt;meta&gt;</c> tags by name, property or http-equiv (lowercased; the first occurrence wins).</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public MetaTags(IEnumerable<IElement> metaElements)
    {
        foreach (var meta in metaElements)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = TextCleaner.NullIfEmpty(TextCleaner.Collapse(meta.GetAttribute("content")));
            if (key is null || content is null)
                continue;
            values.TryAdd(key.Trim().ToLowerInvariant(), content);
        }
    }

    /// <summary>The first non-empty value among the given keys.</summary>
    public string? Get(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value))
                return value;
        }

        return null;
    }
}
