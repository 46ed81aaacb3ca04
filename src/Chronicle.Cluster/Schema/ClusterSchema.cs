using Npgsql;

namespace Chronicle.Cluster.Schema;

/// <summary>
/// Orleans' tables, functions and named queries in the cluster's PostgreSQL database (the embedded
/// <c>Schema/*.sql</c> files, in file-name order). Every statement is idempotent, and silos that start together take
/// turns through an advisory lock, so each silo simply applies the whole schema when it starts.
/// </summary>
internal static class ClusterSchema
{
    private const string ResourcePrefix = "Chronicle.Cluster.Schema.";

    public static IReadOnlyList<(string Name, string Sql)> Scripts { get; } = Load();

    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var wait = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('chronicle.cluster.schema'))", connection, transaction))
            await wait.ExecuteNonQueryAsync(cancellationToken);
        foreach (var (_, sql) in Scripts)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static (string Name, string Sql)[] Load()
    {
        var assembly = typeof(ClusterSchema).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (name[ResourcePrefix.Length..], reader.ReadToEnd());
            })
            .ToArray();
    }
}
