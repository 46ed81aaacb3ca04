using Chronicle.Ingest;

namespace Chronicle.Extraction;

/// <summary>
/// Sends each document to the extractor for its format (HTML or plain text), then applies what holds for every format:
/// an article needs a body; the URL and a container's publication date (a feed's pubDate) fill gaps the page leaves.
/// </summary>
public sealed class ArticleExtractor(IArticleExtractor html, IArticleExtractor text) : IArticleExtractor
{
    public Result<Article> Extract(SourceDocument document)
    {
        var extracted = document.Format switch
        {
            DocumentFormat.Html => html.Extract(document),
            DocumentFormat.Text => text.Extract(document),
            _ => Result<Article>.Fail("unknown document format"),
        };
        if (!extracted.IsSuccess)
            return extracted;

        var article = extracted.Value!;
        if (article.Paragraphs.Count == 0)
            return Result<Article>.Fail(document.Format == DocumentFormat.Html ? "no article body found in the HTML" : "no article text found");
        return article with
        {
            Url = article.Url ?? document.Url,
            Published = article.Published ?? FromContainer(document.Published),
        };
    }

    /// <summary>A container's date keeps its offset; it is evidence printed by the publisher, not a guess.</summary>
    private static PublicationDate? FromContainer(DateTimeOffset? published) =>
        published is { } p ? new PublicationDate(DateOnly.FromDateTime(p.DateTime), TimeOnly.FromDateTime(p.DateTime), p.Offset) : null;
}
