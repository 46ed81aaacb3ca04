using System.CommandLine;
using System.Text;
using Chronicle.Cli.Output;
using Chronicle.Ingest;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle extract &lt;file|-|files…&gt; [--format json|jsonl|text|markdown]</c>: the clean article of each input
/// document, in input order. A failing input writes <c>{"path", "error"}</c> (JSON) and a line on standard error, and the
/// run goes on; the exit code is 1 when any input failed.
/// </summary>
public static class ExtractCommand
{
    public static Command Create(Func<ChronicleEngine> engineFactory)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (read recursively), URLs, or - for standard input. HTML, text, JSONL, RSS/Atom, WARC and gzip are recognised from their content.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<ExtractFormat>("--format")
        {
            Description = "Output format: json (one object; one a line for several documents), jsonl, text or markdown.",
            DefaultValueFactory = _ => ExtractFormat.Json,
        };
        var command = new Command("extract", "Extract the clean article (title, date, outlet, agencies, byline, body…) from news documents.")
        {
            inputs,
            format,
        };
        command.SetAction(parseResult =>
        {
            var engine = engineFactory();
            using var loader = engine.CreateLoader();
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            return Run(engine, loader, parseResult.GetValue(inputs) ?? [], parseResult.GetValue(format), stdout, Console.Error);
        });
        return command;
    }

    /// <summary>Extracts every document of <paramref name="inputs"/> and writes it; returns the exit code.</summary>
    public static int Run(ChronicleEngine engine, DocumentLoader loader, IReadOnlyList<string> inputs, ExtractFormat format, TextWriter output, TextWriter errors)
    {
        IArticleWriter writer = format switch
        {
            ExtractFormat.Text => new TextArticleWriter(output),
            ExtractFormat.Markdown => new MarkdownArticleWriter(output),
            _ => new JsonArticleWriter(output, alwaysLines: format == ExtractFormat.Jsonl),
        };

        var failed = false;
        using var outcomes = Outcomes(engine, loader, inputs).GetEnumerator();
        // Whether the run holds one document or several is known once a second one shows up; hold at most two back.
        var held = new List<ExtractOutcome>(2);
        while (held.Count < 2 && outcomes.MoveNext())
            held.Add(outcomes.Current);
        var several = held.Count > 1 || inputs.Count > 1;
        foreach (var outcome in held)
            Emit(outcome);
        while (outcomes.MoveNext())
            Emit(outcomes.Current);

        void Emit(ExtractOutcome outcome)
        {
            failed |= Report(outcome, errors);
            writer.Write(outcome, several);
        }

        output.Flush();
        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static IEnumerable<ExtractOutcome> Outcomes(ChronicleEngine engine, DocumentLoader loader, IReadOnlyList<string> inputs)
    {
        foreach (var (source, loaded) in loader.LoadWithSources(inputs))
        {
            yield return loaded.IsSuccess
                ? new ExtractOutcome(source, loaded.Value, engine.Extract(loaded.Value!))
                : new ExtractOutcome(source, null, Result<Chronicle.Extraction.Article>.Fail(loaded.Error!));
        }
    }

    /// <summary>Writes the outcome's notes and failure to standard error; true when it failed.</summary>
    private static bool Report(ExtractOutcome outcome, TextWriter errors)
    {
        foreach (var note in outcome.Document?.Notes ?? [])
            errors.WriteLine($"chronicle: {outcome.Path}: warning: {OneLine(note)}");
        if (outcome.Article.IsSuccess)
            return false;
        errors.WriteLine($"chronicle: {outcome.Path}: {OneLine(outcome.Article.Error!)}");
        return true;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
