using Chronicle.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Runtime;

namespace Chronicle.Tests.Cluster;

public sealed class ClusterMembershipTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task TwoSilos_JoinOneClusterThroughPostgresMembership()
    {
        server.Require();
        await using var cluster = await TestCluster.StartAsync(server, siloCount: 2);

        // Each silo sees the other as active: they found each other through the membership table only.
        foreach (var silo in cluster.Silos)
        {
            var members = silo.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members.Values;
            var active = members.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress.ToParsableString());
            Assert.Equal(cluster.Silos.Select(s => s.Address).Order(), active.Order());
        }

        await using var connection = new NpgsqlConnection(cluster.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @id AND Status = 3", connection);
        command.Parameters.AddWithValue("id", cluster.Database.ClusterId);
        Assert.Equal(2L, await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}
