using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chronicle.Cli;
using Chronicle.Cluster;
using Chronicle.Cluster.Grains;
using Chronicle.Storage;
using Chronicle.Storage.Sqlite;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cluster;

public sealed class ClusterIngestTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    // Row ids number what a store inserted in the order it came; a cluster stores in parallel, so they are not compared.
    // Row ids follow insertion order, which a cluster does in parallel; the content of each event and its merge counts must still agree.
    private static readonly string[] RowIds = ["id", "article_id", "merged_event"];

    [Fact]
    public async Task Samples_ThroughTwoSilos_GiveTheSameEventsAsOneMachine()
    {
        server.Require();
        using var folder = new TempFolder();
        var local = folder.File("local.db");
        var (localCode, _) = await RunAsync("ingest", RepoPaths.Samples, "--db", local);
        await using var cluster = await TestCluster.StartAsync(server, siloCount: 2);

        var location = cluster.Database.ConnectionString;
        var (clusterCode, summary) = await RunAsync("ingest", RepoPaths.Samples, "--cluster", location, "--parallel", "8");

        Assert.Equal(localCode, clusterCode);
        Assert.Contains("Ingested into cluster", summary);
        var expected = await EventLinesAsync(local);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await EventLinesAsync(cluster.StorePath));

        // A second run finds every document stored: nothing is read again, nothing doubles.
        var (_, again) = await RunAsync("ingest", RepoPaths.Samples, "--cluster", location);
        Assert.Matches(@"stored\s+0\n", again);
        Assert.Equal(expected, await EventLinesAsync(cluster.StorePath));
    }

    [Fact]
    public async Task Document_SentToBothSilosAtOnce_IsStoredAndCodedOnce()
    {
        server.Require();
        await using var cluster = await TestCluster.StartAsync(server, siloCount: 2);
        using var loader = new ChronicleBuilder().Build().CreateLoader();
        var document = loader.Load([Path.Combine(RepoPaths.Samples, "html/harbour-times-2024-10-18-troops-wire.html")]).Single().Value!;
        var message = DocumentMessage.From(document);

        var outcomes = await Task.WhenAll(cluster.Silos.Select(silo => silo.Grains.GetGrain<IDocumentGrain>(message.Sha256).IngestAsync(message)));

        Assert.Equal([DocumentOutcomeKind.Stored, DocumentOutcomeKind.Duplicate], outcomes.Select(o => o.Kind).Order());
        await using var store = (await SqliteChronicleStore.OpenAsync(cluster.StorePath, TimeProvider.System, TestContext.Current.CancellationToken)).Value!;
        Assert.Equal(1, (await store.GetStatsAsync(TestContext.Current.CancellationToken)).Articles);
        var events = await store.QueryEventsAsync(new EventQuery(Limit: 10_000), TestContext.Current.CancellationToken);
        var coded = new ChronicleBuilder().Build().Prepare(document).Value!.Analysis!.Events;
        Assert.NotEmpty(coded);
        Assert.Equal(coded.Count, events.Count);
    }

    [Fact]
    public async Task Ingest_WithClusterAndDb_IsAUsageError()
    {
        var (code, errors) = await RunRawAsync("ingest", RepoPaths.Samples, "--cluster", "postgres://127.0.0.1:1/none", "--db", "x.db");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--db and --cluster cannot go together", errors);
    }

    [Fact]
    public async Task Silo_WithABadClusterUrl_IsAUsageErrorNamingIt()
    {
        using var folder = new TempFolder();
        var (code, errors) = await RunRawAsync("cluster", "silo", "--db", folder.File("silo.db"), "--cluster-db", "postgres://bad host/x");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("cluster database postgres://bad host/x", errors);
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var (code, output, errors) = await RunCliAsync(args);
        Assert.True(code is 0 or 1, $"chronicle {string.Join(' ', args)} exited with {code}: {errors}");
        return (code, output);
    }

    private static async Task<(int Code, string Errors)> RunRawAsync(params string[] args)
    {
        var (code, _, errors) = await RunCliAsync(args);
        return (code, errors);
    }

    private static async Task<(int Code, string Output, string Errors)> RunCliAsync(string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = await CliApp.BuildRoot(new EngineSettings()).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>Every stored event as one JSON line without its row ids, sorted.</summary>
    private static async Task<List<string>> EventLinesAsync(string database)
    {
        var (_, json) = await RunAsync("events", "--db", database, "--format", "json", "--limit", "100000");
        var lines = JsonNode.Parse(json)!.AsArray().Select(node =>
        {
            var row = node!.AsObject();
            foreach (var id in RowIds)
                row.Remove(id);
            return row.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        }).ToList();
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
