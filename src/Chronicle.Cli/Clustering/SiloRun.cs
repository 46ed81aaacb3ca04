using System.Net;
using Chronicle.Cluster;
using Chronicle.Storage;
using Microsoft.Extensions.Logging;

namespace Chronicle.Cli.Clustering;

/// <summary>Runs one silo of <c>chronicle cluster silo</c> until the command is cancelled (Ctrl-C, SIGTERM), then leaves the cluster cleanly.</summary>
internal static class SiloRun
{
    private static readonly TimeSpan LeaveTimeout = TimeSpan.FromSeconds(25);

    public static async Task<int> RunAsync(
        string location, SiloEndpoints endpoints, ChronicleEngine engine, IChronicleStore store,
        TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var database = ClusterDatabase.Parse(location);
        if (!database.IsSuccess)
        {
            await errors.WriteLineAsync($"chronicle: {database.Error}");
            return ExitCodes.Usage;
        }

        var started = await ChronicleSilo.StartAsync(database.Value!, endpoints, engine, store, Logging, cancellationToken);
        if (!started.IsSuccess)
        {
            await errors.WriteLineAsync($"chronicle: {started.Error}");
            return ExitCodes.Usage;
        }

        await using var silo = started.Value!;
        await output.WriteLineAsync($"chronicle: silo {silo.Address} joined cluster {database.Value!.Describe()}; Ctrl-C leaves it");
        await output.FlushAsync(CancellationToken.None);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: the normal way to stop a silo.
        }

        using var leaving = new CancellationTokenSource(LeaveTimeout);
        await silo.StopAsync(leaving.Token);
        await output.WriteLineAsync($"chronicle: silo {silo.Address} left the cluster");
        return ExitCodes.Success;
    }

    // Orleans' own warnings and errors go to standard error, one line each; standard output keeps Chronicle's lines.
    private static void Logging(ILoggingBuilder builder) => builder
        .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
        .AddSimpleConsole(options => options.SingleLine = true)
        .SetMinimumLevel(LogLevel.Warning);
}
