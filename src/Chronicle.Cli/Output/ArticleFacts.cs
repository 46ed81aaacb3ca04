using Chronicle.Extraction;

namespace Chronicle.Cli.Output;

/// <summary>The article's metadata as labelled lines, shared by the text and Markdown writers; unknown fields are left out.</summary>
internal static class ArticleFacts
{
    public static IEnumerable<(string Label, string Value)> Of(Article article)
    {
        if (article.Published is { } published)
            yield return ("Published", published.ToIsoString());
        if (article.Outlet is { } outlet)
            yield return ("Outlet", outlet);
        if (article.Agencies.Count > 0)
            yield return ("Agencies", string.Join(", ", article.Agencies));
        if (article.Byline is { } byline)
            yield return ("Byline", byline);
        if (article.Section is { } section)
            yield return ("Section", section);
        if (article.Language is { } language)
            yield return ("Language", language);
        if (article.Url is { } url)
            yield return ("URL", url);
    }
}
