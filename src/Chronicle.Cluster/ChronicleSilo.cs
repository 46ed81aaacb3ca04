using System.Net.Sockets;
using Chronicle.Cluster.Schema;
using Chronicle.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Chronicle.Cluster;

/// <summary>
/// A Chronicle node: an Orleans silo that joins its cluster through the PostgreSQL membership table and runs the
/// grains that read, code and store documents with the engine and store it is given. Stopping it leaves the cluster
/// cleanly (its row turns Dead and its grains move elsewhere).
/// </summary>
public sealed class ChronicleSilo : IAsyncDisposable
{
    /// <summary>The ADO.NET provider name Orleans loads for PostgreSQL.</summary>
    internal const string Invariant = "Npgsql";

    private readonly IHost host;

    private ChronicleSilo(IHost host, string address)
    {
        this.host = host;
        Address = address;
    }

    /// <summary>The silo's address as the cluster knows it: <c>ip:port@generation</c>.</summary>
    public string Address { get; }

    internal IServiceProvider Services => host.Services;

    internal IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Applies Orleans' schema to the cluster database and starts the silo; the reason when either fails.</summary>
    public static async Task<Result<ChronicleSilo>> StartAsync(
        ClusterDatabase database,
        SiloEndpoints endpoints,
        ChronicleEngine engine,
        IChronicleStore store,
        Action<ILoggingBuilder>? logging = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            await ClusterSchema.ApplyAsync(database.ConnectionString, cancellationToken);
        }
        catch (NpgsqlException e)
        {
            return Result<ChronicleSilo>.Fail($"cluster database {database.Describe()}: {e.Message}");
        }

        var host = new HostBuilder()
            .ConfigureLogging(builder => logging?.Invoke(builder))
            .ConfigureServices(services => services.AddSingleton(engine).AddSingleton(store))
            .UseOrleans(silo =>
            {
                silo.Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (database.ClusterId, database.ClusterId));
                silo.UseAdoNetClustering(options => (options.Invariant, options.ConnectionString) = (Invariant, database.ConnectionString));
                if (endpoints.Address is { } address)
                    silo.ConfigureEndpoints(address, endpoints.SiloPort, endpoints.GatewayPort, listenOnAnyHostAddress: true);
                else
                    silo.ConfigureEndpoints(endpoints.SiloPort, endpoints.GatewayPort, AddressFamily.InterNetwork, listenOnAnyHostAddress: true);
            })
            .Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is OrleansException or SocketException or NpgsqlException or TimeoutException)
        {
            host.Dispose();
            return Result<ChronicleSilo>.Fail($"the silo could not join cluster {database.Describe()}: {e.Message}");
        }

        var self = host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        return new ChronicleSilo(host, self.ToParsableString());
    }

    /// <summary>Leaves the cluster: the silo hands its grains over, marks itself Dead in the membership table and stops.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => host.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (host is IAsyncDisposable disposable)
            await disposable.DisposeAsync();
        else
            host.Dispose();
    }
}
