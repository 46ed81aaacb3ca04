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
        var blocks = new List<string> { $"# {article.Title ?? "(untitled)"}" };
        if (article.Standfirst is { } standfirst)
            blocks.Add($"*{standfirst}*");
        var facts = ArticleFacts.Of(article).Select(f => $"- **{f.Label}:** {f.Value}");
        if (several)
            facts = facts.Prepend($"- **Source:** `{outcome.Path}`");
        var list = string.Join('\n', facts);
        if (list.Length > 0)
            blocks.Add(list);
        blocks.AddRange(article.Paragraphs);
        output.WriteLine(string.Join("\n\n", blocks));
    }
}
