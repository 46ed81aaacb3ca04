using System.CommandLine;
using Chronicle.Cli.Commands;
using Chronicle.Cluster;

namespace Chronicle.Cli.Clustering;

/// <summary><c>chronicle ingest … --cluster postgres://…</c>: connects to the cluster as a client and runs a <see cref="ClusterIngestRun"/>.</summary>
internal static class ClusterIngest
{
    public static async Task<int> RunAsync(
        ParseResult parseResult, string location, string[] inputs, int parallelism,
        Func<ChronicleEngine> engineFactory, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = parseResult.InvocationConfiguration.Error;
        var database = ClusterDatabase.Parse(location);
        if (!database.IsSuccess)
        {
            await errors.WriteLineAsync($"chronicle: {database.Error}");
            return ExitCodes.Usage;
        }

        var connected = await ClusterClient.ConnectAsync(database.Value!, cancellationToken);
        if (!connected.IsSuccess)
        {
            await errors.WriteLineAsync($"chronicle: {connected.Error}");
            return ExitCodes.Usage;
        }

        await using var client = connected.Value!;
        using var loader = engineFactory().CreateLoader();
        var run = new ClusterIngestRun(client, time, parallelism);
        return await IngestCommand.ReportAsync(
            parseResult, time, (failure, progress) => run.RunAsync(loader.LoadWithSources(inputs), failure, progress, cancellationToken),
            $"cluster {database.Value!.Describe()}");
    }
}
