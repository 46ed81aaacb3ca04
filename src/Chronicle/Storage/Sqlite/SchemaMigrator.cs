using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Brings a database to the newest schema by applying the pending migrations in order, each in its own transaction.</summary>
internal static class SchemaMigrator
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)";

    public static int LatestVersion => SqliteMigration.All.Count;

    /// <summary>Applies what is missing and returns the version reached, or why the database cannot be used.</summary>
    public static async Task<Result<int>> MigrateAsync(SqliteConnection connection, TimeProvider time, IReadOnlyList<SqliteMigration> migrations, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, CreateVersionTable, cancellationToken);
        var current = await CurrentVersionAsync(connection, null, cancellationToken);
        if (current > migrations.Count)
            return Result<int>.Fail($"the database has schema version {current}, newer than this Chronicle knows ({migrations.Count}); upgrade Chronicle");

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            // IMMEDIATE takes the write lock first, so two processes opening a new file cannot both apply a step.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            if (await CurrentVersionAsync(connection, transaction, cancellationToken) >= migration.Version)
                continue;
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied) VALUES ($version, $name, $applied)";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$applied", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return await CurrentVersionAsync(connection, null, cancellationToken);
    }

    public static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
