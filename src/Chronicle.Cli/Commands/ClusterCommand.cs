using System.CommandLine;
using System.Net;
using System.Runtime.CompilerServices;
using Chronicle.Cli.Clustering;
using Chronicle.Cluster;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle cluster silo --db … --cluster-db postgres://… [--port N] [--gateway-port N] [--address IP]</c>: runs a
/// Chronicle node that joins the cluster whose membership lives in that PostgreSQL database, and stores what it reads
/// into its <c>--db</c>. Runs until Ctrl-C, then leaves the cluster cleanly. Exit code 2 when the store or the cluster
/// database cannot be opened.
/// </summary>
public static class ClusterCommand
{
    public static Command Create(Func<ChronicleEngine> engineFactory, TimeProvider time)
    {
        var db = StoreOption.Create();
        var clusterDb = ClusterOption.Create("--cluster-db", "The PostgreSQL database that holds the cluster's membership (created tables are Orleans').");
        var port = PortOption("--port", "The port silos talk to each other on.", SiloEndpoints.DefaultSiloPort);
        var gatewayPort = PortOption("--gateway-port", "The port clients (chronicle ingest --cluster) connect to.", SiloEndpoints.DefaultGatewayPort);
        var address = new Option<string?>("--address")
        {
            Description = "The IP address other nodes reach this one at. Default: the address this host's name resolves to.",
            HelpName = "IP",
        };
        address.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !IPAddress.TryParse(text, out _))
                result.AddError($"--address: '{text}' is not an IP address.");
        });
        var silo = new Command("silo", "Start a Chronicle node: it joins the cluster, reads, codes and stores the documents clients hand it, until Ctrl-C.")
        {
            db,
            clusterDb,
            port,
            gatewayPort,
            address,
        };
        silo.SetAction(async (parseResult, cancellationToken) =>
        {
            var errors = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(port) == parseResult.GetValue(gatewayPort))
            {
                await errors.WriteLineAsync("chronicle: --port and --gateway-port must differ.");
                return ExitCodes.Usage;
            }

            if (ClusterOption.Resolve(parseResult, clusterDb) is not { } location)
            {
                await errors.WriteLineAsync($"chronicle: cluster silo needs --cluster-db postgres://… (or {ClusterDatabase.EnvironmentVariable}).");
                return ExitCodes.Usage;
            }

            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var ip = parseResult.GetValue(address) is { } text ? IPAddress.Parse(text) : null;
            return await RunSiloAsync(parseResult, location, ip, parseResult.GetValue(port), parseResult.GetValue(gatewayPort), engineFactory(), store, cancellationToken);
        });
        return new Command("cluster", "Run Chronicle on several machines: nodes (silos) that share the work of ingest, coordinated through PostgreSQL.")
        {
            silo,
        };
    }

    private static Option<int> PortOption(string name, string description, int defaultPort)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultPort, HelpName = "N" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
                result.AddError($"{name} must be a port number, 1 to 65535.");
        });
        return option;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task<int> RunSiloAsync(
        ParseResult parseResult, string location, IPAddress? address, int port, int gatewayPort,
        ChronicleEngine engine, IChronicleStore store, CancellationToken cancellationToken) =>
        SiloRun.RunAsync(
            location, new SiloEndpoints(address, port, gatewayPort), engine, store,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken);
}
