using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Ingesting;
using Chronicle.Ingest;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle ingest &lt;paths or URLs…&gt; [--db PATH]</c>: reads every document of the inputs, extracts its article
/// and stores it. Idempotent: a document stored before (same SHA-256) is counted as a duplicate, not stored again.
/// Exit code 0 when every input was stored or already there, 1 when some failed (each is reported on standard error),
/// 2 for usage errors (including a database that cannot be opened).
/// </summary>
public static class IngestCommand
{
    public static Command Create(Func<ChronicleEngine> engineFactory, TimeProvider time)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (read recursively), http(s) URLs, or - for standard input. HTML, text dumps, JSONL, RSS/Atom, WARC and gzip are recognised from their content.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = StoreOption.Create();
        var batch = new Option<int>("--batch-size")
        {
            Description = "Documents stored per transaction; a failed batch never undoes earlier ones.",
            DefaultValueFactory = _ => IngestRun.DefaultBatchSize,
            HelpName = "N",
        };
        batch.Validators.Add(result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--batch-size must be 1 or more."); });
        var command = new Command("ingest", "Ingest news documents (files, folders, feeds, JSONL, WARC, URLs) into the database, skipping any stored before.")
        {
            inputs,
            db,
            batch,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var engine = engineFactory();
            using var loader = engine.CreateLoader();
            var errors = parseResult.InvocationConfiguration.Error;
            var interactive = ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected;
            var run = new IngestRun(engine, store, time, parseResult.GetValue(batch));
            var documents = loader.LoadWithSources(parseResult.GetValue(inputs) ?? []);
            var counts = await new IngestReporter(errors, time, interactive)
                .ShowAsync((failure, progress) => run.RunAsync(documents, failure, progress, cancellationToken));
            await parseResult.InvocationConfiguration.Output.WriteAsync(Summary(counts, DatabaseLocation.Resolve(parseResult.GetValue(db)).Value));
            return counts.Failed > 0 || counts.Aborted ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }

    public static string Summary(IngestCounts counts, string? location) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        Ingested into {location ?? "the database"}{(counts.Aborted ? " (stopped early)" : "")}
          read        {counts.Read,8:N0} documents
          stored      {counts.Stored,8:N0}
          duplicates  {counts.Duplicates,8:N0}
          failed      {counts.Failed,8:N0}
          time        {counts.Elapsed.TotalSeconds,8:N1} s ({counts.DocumentsPerSecond:N0} docs/s)

        """);
}
