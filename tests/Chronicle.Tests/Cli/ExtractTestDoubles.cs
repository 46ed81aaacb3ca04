using AngleSharp.Html.Parser;
using Chronicle.Extraction;
using Chronicle.Ingest;

namespace Chronicle.Tests.Cli;

/// <summary>
/// Minimal extractors for testing the engine and the extract command without the real HTML and text extractors:
/// the HTML one takes the &lt;title&gt; and the &lt;p&gt; texts; the text one the first line and the other lines.
/// </summary>
public static class ExtractTestDoubles
{
    public static ChronicleEngine Engine(TimeProvider? time = null) =>
        new ChronicleBuilder()
            .UseHtmlExtractor(new TitleAndParagraphs())
            .UseTextExtractor(new FirstLineAndRest())
            .UseTimeProvider(time ?? TimeProvider.System)
            .Build();

    public sealed class TitleAndParagraphs : IArticleExtractor
    {
        private static readonly HtmlParser Parser = new();

        public Result<Article> Extract(SourceDocument document)
        {
            using var page = Parser.ParseDocument(document.Content);
            return new Article
            {
                Title = page.Title is { Length: > 0 } title ? title : null,
                Paragraphs = page.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).Where(t => t.Length > 0).ToList(),
            };
        }
    }

    public sealed class FirstLineAndRest : IArticleExtractor
    {
        public Result<Article> Extract(SourceDocument document)
        {
            var lines = document.Content.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            return lines.Count == 0 ? Result<Article>.Fail("empty text") : new Article { Title = lines[0], Paragraphs = lines.Skip(1).ToList() };
        }
    }
}
