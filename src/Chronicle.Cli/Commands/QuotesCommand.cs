using System.CommandLine;
using System.Text;
using System.Text.Json;
using Chronicle.Cli.Output;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle quotes &lt;inputs…&gt; [--speaker NAME] [--format table|jsonl]</c>: the direct quotes of the inputs
/// with speaker, channel, article and date. <c>--speaker</c> keeps quotes whose speaker contains NAME (any case).</summary>
public static class QuotesCommand
{
    public static Command Create(Func<ChronicleEngine> engineFactory)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (read recursively), URLs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes whose speaker contains this name (any case)." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: table (one quote a line, tab-separated) or jsonl.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("quotes", "List the quotes in news documents with their speaker, channel, article and date.")
        {
            inputs,
            speaker,
            format,
        };
        command.SetAction(parseResult =>
        {
            var engine = engineFactory();
            using var loader = engine.CreateLoader();
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            return Run(engine, loader, parseResult.GetValue(inputs) ?? [], parseResult.GetValue(speaker), parseResult.GetValue(format) == "jsonl", stdout, Console.Error);
        });
        return command;
    }

    public static int Run(ChronicleEngine engine, Ingest.DocumentLoader loader, IReadOnlyList<string> inputs, string? speaker, bool jsonl, TextWriter output, TextWriter errors)
    {
        var failed = false;
        foreach (var (outcome, analysis) in AnalysedInputs.Read(engine, loader, inputs, errors, () => failed = true))
        {
            var article = outcome.Article.Value!;
            var published = article.Published?.ToIsoString();
            foreach (var quote in analysis.Quotes)
            {
                if (speaker is not null && (quote.Speaker is null || !quote.Speaker.Contains(speaker, StringComparison.OrdinalIgnoreCase)))
                    continue;
                if (jsonl)
                {
                    var line = new QuoteListingJson(outcome.Path, article.Title, published, quote.Text, quote.Speaker, quote.Via, quote.Start, quote.End);
                    output.WriteLine(JsonSerializer.Serialize(line, ExtractJsonContext.Lines.QuoteListingJson));
                }
                else
                {
                    output.WriteLine(string.Join('\t', published ?? "-", quote.Speaker ?? "-", quote.Via ?? "-", OneLine(quote.Text), article.Title ?? outcome.Path));
                }
            }
        }

        output.Flush();
        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
