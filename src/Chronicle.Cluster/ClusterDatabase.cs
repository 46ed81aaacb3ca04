using Chronicle.Storage;

namespace Chronicle.Cluster;

/// <summary>
/// Where a cluster meets: the PostgreSQL database that holds its membership table, and the cluster's id in it
/// (several clusters can share one database under different ids). Silos and clients of one cluster name the same pair.
/// </summary>
public sealed record ClusterDatabase(string ConnectionString, string ClusterId = ClusterDatabase.DefaultClusterId)
{
    public const string DefaultClusterId = "chronicle";

    /// <summary>The variable that names the cluster database when no option does.</summary>
    public const string EnvironmentVariable = "CHRONICLE_CLUSTER";

    /// <summary>The cluster database of a <c>postgres://…</c> URL or a connection string, or why it is not one.</summary>
    public static Result<ClusterDatabase> Parse(string location, string clusterId = DefaultClusterId)
    {
        if (string.IsNullOrWhiteSpace(clusterId))
            return Result<ClusterDatabase>.Fail("the cluster id is empty");
        var connectionString = PostgresLocation.ToConnectionString(location);
        return connectionString.IsSuccess
            ? new ClusterDatabase(connectionString.Value!, clusterId.Trim())
            : Result<ClusterDatabase>.Fail($"cluster database {connectionString.Error}");
    }

    /// <summary>The server and database, for messages: never the password.</summary>
    public string Describe()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username} (cluster '{ClusterId}')";
    }
}
