namespace Chronicle.Cli.Output;

/// <summary>Markdown: the title as a heading, the standfirst in italics, the metadata as a list, then the paragraphs; several articles are separated by rules.</summary>
internal sealed class MarkdownArticleWriter(TextWriter output) : IArticleWriter
{
    private bool first = true;

    public void Write(ExtractOutcome outcome, bool several)
    {
        if (!outcome.Article.IsSuccess)
            return;
        if (!first)
            output.WriteLine("\n---\n");
        first = false;
        var article = outcome.Article.Value!;
        output.WriteLine($"# {article.Title ?? "(untitled)"}");
        output.WriteLine();
        if (article.Standfirst is { } standfirst)
        {
            output.WriteLine($"*{standfirst}*");
            output.WriteLine();
        }

        if (several)
            output.WriteLine($"- **Source:** `{outcome.Path}`");
        foreach (var (label, value) in ArticleFacts.Of(article))
            output.WriteLine($"- **{label}:** {value}");
        foreach (var paragraph in article.Paragraphs)
        {
            output.WriteLine();
            output.WriteLine(paragraph);
        }
    }
}
