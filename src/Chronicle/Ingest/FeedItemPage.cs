using System.Globalization;
using System.Net;
using System.Text;

namespace Chronicle.Ingest;

/// <summary>Writes a feed item as a small HTML page, so the HTML extractor reads the feed's metadata the way it reads any page's.</summary>
internal static class FeedItemPage
{
    public static string Build(string? title, string? link, DateTimeOffset? published, string? author, string? section, string? body)
    {
        var page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
        if (title is not null)
            page.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n");
        Meta(page, "property", "og:title", title);
        if (link is not null)
            page.Append("<link rel=\"canonical\" href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">\n");
        Meta(page, "property", "og:url", link);
        Meta(page, "property", "article:published_time", published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        Meta(page, "name", "author", author);
        Meta(page, "property", "article:section", section);
        page.Append("</head><body><article>\n");
        if (title is not null)
            page.Append("<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>\n");
        if (body is not null)
            page.Append(LooksLikeMarkup(body) ? body : "<p>" + WebUtility.HtmlEncode(body) + "</p>").Append('\n');
        return page.Append("</article></body></html>\n").ToString();
    }

    private static void Meta(StringBuilder page, string attribute, string name, string? content)
    {
        if (content is not null)
            page.Append("<meta ").Append(attribute).Append("=\"").Append(name).Append("\" content=\"").Append(WebUtility.HtmlEncode(content)).Append("\">\n");
    }

    /// <summary>Feeds carry either escaped HTML or plain text in their content fields.</summary>
    private static bool LooksLikeMarkup(string body) => body.Contains('<') && body.Contains('>');
}
