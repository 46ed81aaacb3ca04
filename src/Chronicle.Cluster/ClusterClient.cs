using Chronicle.Cluster.Grains;
using Chronicle.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Chronicle.Cluster;

/// <summary>
/// A connection to a Chronicle cluster from outside it: finds the gateways in the membership table and hands
/// documents to the cluster. Safe to call from several threads at once.
/// </summary>
public sealed class ClusterClient : IAsyncDisposable
{
    /// <summary>How often a document is sent before the client gives up on it: a silo that dies mid-call costs one attempt.</summary>
    public const int Attempts = 5;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);

    private readonly IHost host;
    private readonly IClusterClient client;

    private ClusterClient(IHost host)
    {
        this.host = host;
        client = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>Connects to the cluster's gateways; the reason when no silo of the cluster can be reached.</summary>
    public static async Task<Result<ClusterClient>> ConnectAsync(ClusterDatabase database, CancellationToken cancellationToken = default)
    {
        var host = new HostBuilder()
            .UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (database.ClusterId, database.ClusterId));
                client.UseAdoNetClustering(options => (options.Invariant, options.ConnectionString) = (ChronicleSilo.Invariant, database.ConnectionString));
            })
            .Build();
        try
        {
            await host.StartAsync(cancellationToken);
            return new ClusterClient(host);
        }
        catch (Exception e) when (e is OrleansException or NpgsqlException or TimeoutException)
        {
            host.Dispose();
            return Result<ClusterClient>.Fail($"no silo of cluster {database.Describe()} could be reached ({e.Message}); start one with 'chronicle cluster silo'");
        }
    }

    /// <summary>
    /// Hands one document to the cluster and waits until it is stored (or found stored). A call that fails because a
    /// silo went away is sent again, with a growing pause; the document's grain makes the retry store nothing twice.
    /// </summary>
    public async Task<DocumentOutcome> IngestAsync(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var message = DocumentMessage.From(document);
        var grain = client.GetGrain<IDocumentGrain>(message.Sha256);
        var delay = FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await grain.IngestAsync(message).WaitAsync(cancellationToken);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                if (attempt == Attempts)
                    return DocumentOutcome.Failed($"{document.Provenance.Describe()}: the cluster did not take it after {Attempts} attempts ({e.Message})");
                await Task.Delay(delay, cancellationToken);
                delay *= 2;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await host.StopAsync();
        }
        finally
        {
            host.Dispose();
        }
    }
}
