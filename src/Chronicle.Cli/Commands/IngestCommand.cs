using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using Chronicle.Cli.Clustering;
using Chronicle.Cli.Ingesting;
using Chronicle.Ingest;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle ingest &lt;paths or URLs…&gt; [--db PATH]</c>: reads every document of the inputs, extracts its article
/// and stores it. Idempotent: a document stored before (same SHA-256) is counted as a duplicate, not stored again.
/// With <c>--cluster postgres://…</c> (or <c>CHRONICLE_CLUSTER</c>) the documents are read here and handed to a
/// Chronicle cluster, whose silos extract, code and store them.
/// Exit code 0 when every input was stored or already there, 1 when some failed (each is reported on standard error),
/// 2 for usage errors (including a database that cannot be opened).
/// </summary>
public static class IngestCommand
{
    /// <summary>Enough documents in flight to keep a few silos' cores busy while others travel.</summary>
    public const int DefaultParallelism = 32;

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
        var cluster = ClusterOption.Create("--cluster", "Hand the documents to a Chronicle cluster (its PostgreSQL membership database) instead of storing them here; its silos store them.");
        var parallel = new Option<int>("--parallel")
        {
            Description = "With --cluster: documents in flight at once.",
            DefaultValueFactory = _ => DefaultParallelism,
            HelpName = "N",
        };
        parallel.Validators.Add(result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--parallel must be 1 or more."); });
        var command = new Command("ingest", "Ingest news documents (files, folders, feeds, JSONL, WARC, URLs) into the database, skipping any stored before.")
        {
            inputs,
            db,
            batch,
            cluster,
            parallel,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var inputPaths = parseResult.GetValue(inputs) ?? [];
            if (ClusterOption.Resolve(parseResult, cluster) is { } clusterLocation)
            {
                if (parseResult.GetResult(db) is { Implicit: false })
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync("chronicle: --db and --cluster cannot go together: the cluster's silos store into the --db they were started with.");
                    return ExitCodes.Usage;
                }

                return await IngestThroughClusterAsync(parseResult, clusterLocation, inputPaths, parseResult.GetValue(parallel), engineFactory, time, cancellationToken);
            }

            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var engine = engineFactory();
            using var loader = engine.CreateLoader();
            var run = new IngestRun(engine, store, time, parseResult.GetValue(batch));
            var documents = loader.LoadWithSources(inputPaths);
            return await ReportAsync(
                parseResult, time, (failure, progress) => run.RunAsync(documents, failure, progress, cancellationToken),
                DatabaseLocation.Resolve(parseResult.GetValue(db)).Value);
        });
        return command;
    }

    /// <summary>Shows a run with the reporter that suits standard error, then writes its summary; the exit code it earns.</summary>
    public static async Task<int> ReportAsync(
        ParseResult parseResult, TimeProvider time, Func<Action<string>, Action<IngestCounts>, Task<IngestCounts>> run, string? location)
    {
        var errors = parseResult.InvocationConfiguration.Error;
        var interactive = ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected;
        var counts = await new IngestReporter(errors, time, interactive).ShowAsync(run);
        await parseResult.InvocationConfiguration.Output.WriteAsync(Summary(counts, location));
        return counts.Failed > 0 || counts.Aborted ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    // Kept out of the action's body so that a local ingest never loads the cluster assembly or Orleans.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task<int> IngestThroughClusterAsync(
        ParseResult parseResult, string location, string[] inputs, int parallelism,
        Func<ChronicleEngine> engineFactory, TimeProvider time, CancellationToken cancellationToken) =>
        ClusterIngest.RunAsync(parseResult, location, inputs, parallelism, engineFactory, time, cancellationToken);

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
