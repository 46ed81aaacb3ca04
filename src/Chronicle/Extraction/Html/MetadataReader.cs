using AngleSharp.Dom;
using Chronicle.Extraction.Text;

namespace Chronicle.Extraction.Html;

/// <summary>The article metadata read from the markup.</summary>
/// <param name="Description">The page's meta description: a standfirst only when it is not the body's opening.</param>
internal sealed record HtmlMetadata(string? Title, string? Byline, string? Outlet, string? Section, string? Standfirst, string? Description);

/// <summary>Reads title, byline, outlet, section and standfirst from JSON-LD, meta tags and marked elements, in that order of trust.</summary>
internal static class MetadataReader
{
    // Longer texts in a "byline" element are an author biography, not a byline.
    private const int MaxBylineLength = 120;
    private const int MaxSectionLength = 60;
    private const int MinStandfirstLength = 30;
    private const int MaxStandfirstLength = 600;

    public static HtmlMetadata Read(IDocument page, PageModel model, MetaTags meta, JsonLdArticle jsonLd, string? url)
    {
        var siteName = meta.Get("og:site_name") ?? jsonLd.Publisher ?? jsonLd.SiteName ?? meta.Get("application-name");
        var title = TitleChooser.Choose(
            jsonLd.Headline,
            meta.Get("og:title"),
            meta.Get("twitter:title"),
            Headings(model),
            TextCleaner.NullIfEmpty(TextCleaner.Collapse(page.Title)),
            siteName);
        return new HtmlMetadata(
            title,
            Byline(model, meta, jsonLd),
            siteName ?? CopyrightHolder(model) ?? Domain(url),
            meta.Get("article:section") ?? jsonLd.Section ?? Breadcrumb(model),
            ElementText(model, model.Standfirst, MaxStandfirstLength) is { Length: >= MinStandfirstLength } marked ? marked : null,
            meta.Get("description", "og:description") ?? jsonLd.Description);
    }

    private static List<string> Headings(PageModel model)
    {
        var headings = new List<string>(2);
        foreach (var block in model.Blocks)
        {
            if (block.Kind == BlockKind.Heading && model.Elements[block.Owner].Tag == "h1")
            {
                headings.Add(block.Text.Replace('\n', ' '));
                if (headings.Count == 3)
                    break;
            }
        }

        return headings;
    }

    private static string? Byline(PageModel model, MetaTags meta, JsonLdArticle jsonLd)
    {
        if (jsonLd.Authors.Count > 0)
            return string.Join(", ", jsonLd.Authors);
        if (meta.Get("author", "article:author", "dc.creator", "sailthru.author") is { } author && !author.StartsWith("http", StringComparison.Ordinal))
            return author;
        return ElementText(model, model.Byline, MaxBylineLength);
    }

    /// <summary>The last breadcrumb link that is not the home page: the section the article sits in.</summary>
    private static string? Breadcrumb(PageModel model)
    {
        if (model.Breadcrumb < 0)
            return null;
        string? section = null;
        var links = model.Elements[model.Breadcrumb].Element.QuerySelectorAll("a");
        for (var i = 1; i < links.Length; i++)
        {
            var text = TextCleaner.Collapse(links[i].TextContent);
            if (!string.IsNullOrEmpty(text) && text.Length <= MaxSectionLength)
                section = text;
        }

        return section;
    }

    /// <summary>The holder named in the page's last copyright notice that names a site.</summary>
    private static string? CopyrightHolder(PageModel model)
    {
        for (var i = model.Blocks.Count - 1; i >= 0; i--)
        {
            var text = model.Blocks[i].Text;
            if ((text.Contains('©') || text.Contains("copyright", StringComparison.OrdinalIgnoreCase) || text.Contains("(c)", StringComparison.OrdinalIgnoreCase))
                && OutletFinder.CopyrightHolder(text) is { } holder)
                return holder;
        }

        return null;
    }

    private static string? Domain(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return null;
        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    private static string? ElementText(PageModel model, int index, int maxLength)
    {
        // The element's counted text bounds its TextContent, so a mis-marked wrapper is not read whole.
        if (index < 0 || model.Elements[index].Chars > 2 * maxLength)
            return null;
        var text = TextCleaner.Collapse(model.Elements[index].Element.TextContent);
        return string.IsNullOrEmpty(text) || text.Length > maxLength ? null : text;
    }
}
