using System.Text;
using System.Text.Json;
using Chronicle.Cli;
using Chronicle.Cli.Commands;
using Chronicle.Cli.Output;
using Chronicle.Tests.Ingest;

namespace Chronicle.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Page = "<html><head><title>Kim’s visit to Russia</title></head><body><p>Kim arrived.</p><p>He met Putin.</p></body></html>";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static (int Exit, string Output, string Errors) Run(ExtractFormat format, params string[] inputs)
    {
        var engine = ExtractTestDoubles.Engine();
        using var loader = engine.CreateLoader(standardInput: () => new MemoryStream(Encoding.UTF8.GetBytes(Page)));
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = ExtractCommand.Run(engine, loader, inputs, format, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public void Extract_OneDocument_WritesOneArticleObjectWithTheContractFieldsInOrder()
    {
        var (exit, output, errors) = Run(ExtractFormat.Json, temp.File("page.html", Page));

        Assert.Equal((0, ""), (exit, errors));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            ["title", "published", "outlet", "agencies", "byline", "section", "standfirst", "paragraphs", "language"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Kim’s visit to Russia", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("published").ValueKind);
        Assert.Contains("\"Kim’s visit to Russia\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_StandardInput()
    {
        var (exit, output, _) = Run(ExtractFormat.Json, "-");
        Assert.Equal(0, exit);
        Assert.Equal(["Kim arrived.", "He met Putin."], JsonDocument.Parse(output).RootElement.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void Extract_BadInputs_OneErrorLineEach_BatchGoesOn_ExitOne()
    {
        var good = temp.File("good.html", Page);
        var cases = new (string Path, string Reason)[]
        {
            (temp.File("empty.html", ""), "empty file"),
            (temp.File("doc.pdf", Convert.FromHexString("255044462D312E340A")), "binary file (PDF)"),
            (temp.File("photo.jpg", Convert.FromHexString("FFD8FFE000104A464946")), "binary file (JPEG image)"),
            (temp.File("nobody.html", "<html><head><title>Only a title</title></head></html>"), "no article body found"),
            (Path.Combine(temp.Path, "missing.html"), "no such file or directory"),
            (temp.File("cut.warc", Encoding.UTF8.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\n")), "truncated WARC record"),
        };
        var inputs = cases.Select(c => c.Path).Prepend(good).Append(good).ToArray();

        var (exit, output, errors) = Run(ExtractFormat.Jsonl, inputs);

        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(inputs, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()));
        Assert.Equal("Kim’s visit to Russia", JsonDocument.Parse(lines[^1]).RootElement.GetProperty("title").GetString());
        var errorLines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(cases.Length, errorLines.Length);
        foreach (var ((path, reason), line, json) in cases.Zip(errorLines, lines[1..^1]))
        {
            Assert.StartsWith($"chronicle: {path}: ", line, StringComparison.Ordinal);
            Assert.Contains(reason, line, StringComparison.Ordinal);
            Assert.Equal(["path", "error"], JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public void Extract_JsonlInput_EachDocumentCarriesIdAndUrl()
    {
        var path = temp.File("docs.jsonl",
            """
            {"id": "n1", "url": "https://example.org/a", "html": "<title>A</title><p>Body A</p>"}
            not json
            {"id": "n3", "text": "Title C\nBody C"}
            """);

        var (exit, output, errors) = Run(ExtractFormat.Json, path);

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["path", "id", "url", "title"], lines[0].EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal(("n1", "https://example.org/a"), (lines[0].GetProperty("id").GetString(), lines[0].GetProperty("url").GetString()));
        Assert.StartsWith("line 2: invalid JSON", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(("n3", "Title C"), (lines[2].GetProperty("id").GetString(), lines[2].GetProperty("title").GetString()));
        Assert.Contains($"chronicle: {path}: line 2: invalid JSON", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_InvalidUtf8_ArticleWrittenAndWarningNamesTheInput()
    {
        var path = temp.File("bad.html", [.. "<title>Kim’s “visit”</title><p>Bad "u8, 0xFF, .. " byte</p>"u8]);

        var (exit, output, errors) = Run(ExtractFormat.Json, path);

        Assert.Equal(0, exit);
        Assert.Equal("Bad \uFFFD byte", JsonDocument.Parse(output).RootElement.GetProperty("paragraphs")[0].GetString());
        Assert.Equal($"chronicle: {path}: warning: invalid UTF-8: 1 byte sequence(s) replaced by U+FFFD", errors.Trim());
    }

    [Fact]
    public void Extract_Text_And_Markdown()
    {
        var path = temp.File("page.html", Page);

        Assert.Equal("Kim’s visit to Russia\n\nKim arrived.\n\nHe met Putin.\n", Run(ExtractFormat.Text, path).Output.ReplaceLineEndings("\n"));
        Assert.Equal("# Kim’s visit to Russia\n\nKim arrived.\n\nHe met Putin.\n", Run(ExtractFormat.Markdown, path).Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Extract_SeveralDocumentsAsText_EachHeadedByItsPath()
    {
        var first = temp.File("a.html", Page);
        var second = temp.File("b.txt", "Second story\nIts body.");

        var (exit, output, _) = Run(ExtractFormat.Text, first, second);

        Assert.Equal(0, exit);
        Assert.Equal(
            $"==> {first} <==\nKim’s visit to Russia\n\nKim arrived.\n\nHe met Putin.\n\n==> {second} <==\nSecond story\n\nIts body.\n\n",
            output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract --format xml page.html")]
    [InlineData("extract page.html --format")]
    public async Task Extract_UsageErrors_ExitTwo(string commandLine)
    {
        var saved = Console.Error;
        Console.SetError(TextWriter.Null);
        try
        {
            Assert.Equal(ExitCodes.Usage, await CliApp.RunAsync(commandLine.Split(' ')));
        }
        finally
        {
            Console.SetError(saved);
        }
    }
}
