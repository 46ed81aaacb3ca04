using System.Globalization;
using System.Reflection;

namespace Chronicle.Storage.Sqlite;

/// <summary>
/// One forward step of the SQLite schema: the embedded file <c>Migrations/NNNN_name.sql</c>. Later stages add their
/// tables by adding the next numbered file; a migration is never edited once released.
/// </summary>
internal sealed record SqliteMigration(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "Chronicle.Storage.Sqlite.Migrations.";

    /// <summary>Every embedded migration in version order; versions run 1, 2, 3… without gaps.</summary>
    public static IReadOnlyList<SqliteMigration> All { get; } = Load(typeof(SqliteMigration).Assembly);

    private static SqliteMigration[] Load(Assembly assembly)
    {
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(migration => migration.Version)
            .ToArray();
        for (var i = 0; i < migrations.Length; i++)
        {
            // A gap or a repeated number is a packaging bug, not a user error.
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"SQLite migrations must be numbered 1..N without gaps; found {migrations[i].Version} at position {i + 1}.");
        }

        return migrations;
    }

    private static SqliteMigration Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new InvalidOperationException($"SQLite migration '{fileName}.sql' is not named NNNN_name.sql.");
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new SqliteMigration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
