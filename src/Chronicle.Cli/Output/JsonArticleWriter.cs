using System.Text.Json;

namespace Chronicle.Cli.Output;

/// <summary>
/// JSON: a lone document is one indented article object; several (or <c>--format jsonl</c>) are one object a line with
/// <c>path</c>, <c>id</c>, <c>url</c>, and a failed one is <c>{"path", "error"}</c>.
/// </summary>
internal sealed class JsonArticleWriter(TextWriter output, bool alwaysLines) : IArticleWriter
{
    public void Write(ExtractOutcome outcome, bool several)
    {
        var lines = several || alwaysLines;
        var document = outcome.Document;
        if (!outcome.Article.IsSuccess)
        {
            // A lone failed document is reported on standard error only: there is no article to print.
            if (lines)
                output.WriteLine(JsonSerializer.Serialize(new ErrorJson(outcome.Path, document?.Id, document?.Url, outcome.Article.Error!), ExtractJsonContext.Lines.ErrorJson));
            return;
        }

        var article = ArticleJson.From(outcome.Article.Value!);
        if (!lines)
        {
            output.WriteLine(JsonSerializer.Serialize(article, ExtractJsonContext.Indented.ArticleJson));
            return;
        }

        article = article with { Path = outcome.Path, Id = document?.Id, Url = document?.Url };
        output.WriteLine(JsonSerializer.Serialize(article, ExtractJsonContext.Lines.ArticleJson));
    }
}
