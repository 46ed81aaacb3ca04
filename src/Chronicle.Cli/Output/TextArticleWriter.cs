namespace Chronicle.Cli.Output;

/// <summary>Plain text: the title, the metadata as "Label: value" lines, the standfirst, then the paragraphs separated by blank lines.</summary>
internal sealed class TextArticleWriter(TextWriter output) : IArticleWriter
{
    public void Write(ExtractOutcome outcome, bool several)
    {
        if (!outcome.Article.IsSuccess)
            return;
        if (several)
            output.WriteLine($"==> {outcome.Path} <==");
        var article = outcome.Article.Value!;
        if (article.Title is { } title)
            output.WriteLine(title);
        foreach (var (label, value) in ArticleFacts.Of(article))
            output.WriteLine($"{label}: {value}");
        if (article.Standfirst is { } standfirst)
        {
            output.WriteLine();
            output.WriteLine(standfirst);
        }

        foreach (var paragraph in article.Paragraphs)
        {
            output.WriteLine();
            output.WriteLine(paragraph);
        }

        if (several)
            output.WriteLine();
    }
}
