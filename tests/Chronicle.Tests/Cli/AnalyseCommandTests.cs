using System.Text.Json;
using Chronicle.Cli.Commands;
using Chronicle.Tests.Ingest;

namespace Chronicle.Tests.Cli;

public sealed class AnalyseCommandTests : IDisposable
{
    private const string Dump = """
        Kim meets Putin in Moscow

        Updated on: Feb 28, 2025 10:51 AM IST

        North Korean leader Kim Jong Un met Russian President Vladimir Putin in Moscow on Wednesday, Russia’s Interfax reported Thursday.

        “We will support Russia to the end,” Kim said, according to the Korean Central News Agency. North Korea has sent about 15,000 troops to Russia since last year, Seoul said.
        """;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Analyse_TextDump_WritesArticleAndAnalysisWithTheContractFields()
    {
        var engine = new ChronicleBuilder().Build();
        using var loader = engine.CreateLoader();
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = AnalyseCommand.Run(engine, loader, [temp.File("story.txt", Dump)], output, errors);

        Assert.Equal((0, ""), (exit, errors.ToString()));
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(["article", "sentences", "times", "quantities", "quotes", "attributions", "mentions", "events"], root.EnumerateObject().Select(p => p.Name));
        var body = string.Join("\n\n", root.GetProperty("article").GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        foreach (var sentence in root.GetProperty("sentences").EnumerateArray())
            Assert.Equal(sentence.GetProperty("text").GetString(), body[sentence.GetProperty("start").GetInt32()..sentence.GetProperty("end").GetInt32()]);
        Assert.Contains(root.GetProperty("times").EnumerateArray(), t => t.GetProperty("value").GetString() == "2025-02-27" && t.GetProperty("grain").GetString() == "day");
        Assert.Contains(root.GetProperty("quantities").EnumerateArray(), q => q.GetProperty("value").GetDouble() == 15000 && q.GetProperty("unit").GetString() == "troops" && q.GetProperty("approximate").GetBoolean());
        var quote = Assert.Single(root.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Kim Jong Un", quote.GetProperty("speaker").GetString());
        Assert.Equal("Korean Central News Agency", quote.GetProperty("via").GetString());
        Assert.Contains(root.GetProperty("attributions").EnumerateArray(), a => a.GetProperty("source").GetString() == "Seoul" && a.GetProperty("source_code").GetString() == "KORGOV");
        Assert.Contains(root.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("code").GetString() == "RUSGOV");
        Assert.Contains(root.GetProperty("events").EnumerateArray(), e => e.GetProperty("cameo").GetString()!.StartsWith("07", StringComparison.Ordinal)
            && e.GetProperty("source").GetString() == "PRK" && e.GetProperty("reported_by").GetString() == "KORGOV");
    }

    [Fact]
    public void Analyse_MissingFile_ReportsItAndFails()
    {
        var engine = new ChronicleBuilder().Build();
        using var loader = engine.CreateLoader();
        var errors = new StringWriter();

        var exit = AnalyseCommand.Run(engine, loader, [Path.Combine(temp.Path, "missing.txt")], new StringWriter(), errors);

        Assert.Equal(1, exit);
        Assert.Contains("missing.txt", errors.ToString(), StringComparison.Ordinal);
    }
}
