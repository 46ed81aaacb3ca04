using Chronicle.Events.Json;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Chronicle.Cli.Output;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle analyse &lt;file|-&gt; [--format json]</c>: the extracted article and its analysis (sentences, times,
/// quantities, quotes, attributions; mentions and events once those stages join) as one JSON object, spans pointing into
/// the body. Several inputs write one object a line.</summary>
public static class AnalyseCommand
{
    public static Command Create(Func<ChronicleEngine> engineFactory)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "A file, directory, URL, or - for standard input (several are allowed: one JSON object a line).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: json.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("analyse", "Analyse news documents: sentences, dates resolved to the calendar, quantities, quotes and attributions.")
        {
            inputs,
            format,
        };
        command.Aliases.Add("analyze");
        command.SetAction(parseResult =>
        {
            var engine = engineFactory();
            using var loader = engine.CreateLoader();
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            return Run(engine, loader, parseResult.GetValue(inputs) ?? [], stdout, Console.Error);
        });
        return command;
    }

    public static int Run(ChronicleEngine engine, Ingest.DocumentLoader loader, IReadOnlyList<string> inputs, TextWriter output, TextWriter errors)
    {
        var failed = false;
        var results = AnalysedInputs.Read(engine, loader, inputs, errors, () => failed = true).ToList();
        var context = results.Count > 1 ? ExtractJsonContext.Lines : ExtractJsonContext.Indented;
        foreach (var (outcome, analysis) in results)
        {
            var events = analysis.Events.Select(e => JsonSerializer.SerializeToElement(EventJson.From(e), EventJsonContext.Default.EventJson)).ToList();
            var json = AnalysisJson.From(outcome.Article.Value!, analysis.Text, analysis.Mentions, events);
            if (results.Count > 1)
                json = json with { Article = json.Article with { Path = outcome.Path, Id = outcome.Document?.Id, Url = outcome.Document?.Url } };
            output.WriteLine(JsonSerializer.Serialize(json, context.AnalysisJson));
        }

        output.Flush();
        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
