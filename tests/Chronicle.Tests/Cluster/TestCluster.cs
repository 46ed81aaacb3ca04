using System.Net;
using Chronicle.Cluster;
using Chronicle.Storage;
using Chronicle.Storage.Sqlite;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cluster;

/// <summary>
/// Silos started in this process on loopback ports, in a cluster of their own (a fresh PostgreSQL database for its
/// membership) and storing into one SQLite file, as nodes on several machines would share one database.
/// </summary>
internal sealed class TestCluster : IAsyncDisposable
{
    private readonly TempFolder folder = new();
    private readonly List<(ChronicleSilo Silo, IChronicleStore Store)> silos = [];

    private TestCluster(ClusterDatabase database) => Database = database;

    public ClusterDatabase Database { get; }

    public string StorePath => folder.File("cluster.db");

    public IReadOnlyList<ChronicleSilo> Silos => silos.Select(s => s.Silo).ToList();

    public static async Task<TestCluster> StartAsync(PostgresServer server, int siloCount)
    {
        var cluster = new TestCluster(ClusterDatabase.Parse(await server.CreateDatabaseAsync("cluster")).Value!);
        for (var i = 0; i < siloCount; i++)
            await cluster.AddSiloAsync();
        return cluster;
    }

    public async Task<ChronicleSilo> AddSiloAsync()
    {
        var store = (await SqliteChronicleStore.OpenAsync(StorePath, TimeProvider.System)).Value!;
        var endpoints = new SiloEndpoints(IPAddress.Loopback, LoopbackPort.Free(), LoopbackPort.Free());
        var started = await ChronicleSilo.StartAsync(Database, endpoints, new ChronicleBuilder().Build(), store, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(started.IsSuccess, started.Error);
        silos.Add((started.Value!, store));
        return started.Value!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (silo, store) in Enumerable.Reverse(silos))
        {
            await silo.StopAsync();
            await silo.DisposeAsync();
            await store.DisposeAsync();
        }

        folder.Dispose();
    }
}
