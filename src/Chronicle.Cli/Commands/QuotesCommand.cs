using System.CommandLine;
using System.Text;
using System.Text.Json;
using Chronicle.Cli.Output;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle quotes [inputs…] [--speaker NAME] [--format table|jsonl] [--db PATH]</c>: quotes with speaker, channel,
/// article and date — of the given inputs, or of the database when no input is given. <c>--speaker</c> keeps quotes
/// whose speaker contains NAME (any case) or whose speaker code starts with it.</summary>
public static class QuotesCommand
{
    public static Command Create(Func<ChronicleEngine> engineFactory)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (read recursively), URLs, or - for standard input; none to list the database's quotes.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = StoreOption.Create();
        var limit = ArticlesCommand.LimitOption(200);
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
            db,
            limit,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var jsonl = parseResult.GetValue(format) == "jsonl";
            if (parseResult.GetValue(inputs) is not { Length: > 0 })
            {
                await using var store = await StoreOption.OpenAsync(parseResult, db, TimeProvider.System, cancellationToken);
                if (store is null)
                    return ExitCodes.Usage;
                var quotes = await store.QueryQuotesAsync(parseResult.GetValue(speaker), parseResult.GetValue(limit), cancellationToken);
                WriteStored(quotes, jsonl, parseResult.InvocationConfiguration.Output);
                return ExitCodes.Success;
            }

            var engine = engineFactory();
            using var loader = engine.CreateLoader();
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            return Run(engine, loader, parseResult.GetValue(inputs) ?? [], parseResult.GetValue(speaker), jsonl, stdout, Console.Error);
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
            foreach (var quote in analysis.Text.Quotes)
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

    private static void WriteStored(IReadOnlyList<Storage.StoredQuote> quotes, bool jsonl, TextWriter output)
    {
        foreach (var q in quotes)
        {
            if (jsonl)
            {
                var line = new QuoteListingJson("article:" + q.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture), q.ArticleTitle, q.Published, q.Text, q.Speaker, q.Via, q.Start, q.End);
                output.WriteLine(JsonSerializer.Serialize(line, ExtractJsonContext.Lines.QuoteListingJson));
            }
            else
            {
                output.WriteLine(string.Join('\t', q.Published ?? "-", q.Speaker ?? "-", q.Via ?? "-", OneLine(q.Text), q.ArticleTitle ?? "-", q.Outlet ?? "-"));
            }
        }

        output.Flush();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
