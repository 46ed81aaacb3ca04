using Chronicle.Storage.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using static Chronicle.Tests.Storage.StoreFixtures;

namespace Chronicle.Tests.Storage;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Open_EmptyFile_MigratesToLatestVersion()
    {
        var path = folder.File("empty.db");
        await File.WriteAllBytesAsync(path, [], Token);

        await using var store = (await SqliteChronicleStore.OpenAsync(path, time, Token)).Value!;

        Assert.Equal(SqliteMigration.All.Count, await store.SchemaVersionAsync(Token));
        Assert.Equal(new Chronicle.Storage.SaveReport(1, 0), await store.SaveAsync([Article("a")], Token));
    }

    [Fact]
    public async Task Open_MissingFolder_CreatesIt()
    {
        var path = Path.Combine(folder.Path, "nested", "deeper", "chronicle.db");

        await using var store = (await SqliteChronicleStore.OpenAsync(path, time, Token)).Value!;

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Open_ExistingDatabase_KeepsDataAndAppliesNothingTwice()
    {
        var path = folder.File("chronicle.db");
        await using (var first = (await SqliteChronicleStore.OpenAsync(path, time, Token)).Value!)
            await first.SaveAsync([Article("a")], Token);

        await using var again = (await SqliteChronicleStore.OpenAsync(path, time, Token)).Value!;

        Assert.Equal(1, (await again.GetStatsAsync(Token)).Articles);
        Assert.Equal(SqliteMigration.All.Count, await CountRows(path, "schema_version"));
    }

    [Fact]
    public async Task Open_OlderSchema_AppliesOnlyTheNewMigrations()
    {
        var path = folder.File("chronicle.db");
        var extra = new SqliteMigration(SqliteMigration.All.Count + 1, "notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);");
        await using (var old = (await SqliteChronicleStore.OpenAsync(path, time, SqliteMigration.All, Token)).Value!)
            await old.SaveAsync([Article("a")], Token);

        await using var upgraded = (await SqliteChronicleStore.OpenAsync(path, time, [.. SqliteMigration.All, extra], Token)).Value!;

        Assert.Equal(extra.Version, await upgraded.SchemaVersionAsync(Token));
        Assert.Equal(0, await CountRows(path, "notes"));
        Assert.Equal(1, (await upgraded.GetStatsAsync(Token)).Articles);
    }

    [Fact]
    public async Task Open_SchemaNewerThanThisChronicle_Fails()
    {
        var path = folder.File("chronicle.db");
        var future = new SqliteMigration(SqliteMigration.All.Count + 1, "future", "CREATE TABLE future (id INTEGER);");
        await (await SqliteChronicleStore.OpenAsync(path, time, [.. SqliteMigration.All, future], Token)).Value!.DisposeAsync();

        var opened = await SqliteChronicleStore.OpenAsync(path, time, Token);

        Assert.False(opened.IsSuccess);
        Assert.Contains("newer", opened.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_FileThatIsNotADatabase_FailsWithTheReason()
    {
        var path = folder.File("notes.txt");
        await File.WriteAllTextAsync(path, new string('x', 4096), Token);

        var opened = await SqliteChronicleStore.OpenAsync(path, time, Token);

        Assert.False(opened.IsSuccess);
        Assert.Contains(path, opened.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_UsesWriteAheadLog()
    {
        var path = folder.File("chronicle.db");
        await (await SqliteChronicleStore.OpenAsync(path, time, Token)).Value!.DisposeAsync();

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync(Token));
    }

    [Fact]
    public void Migrations_AreNumberedFromOneWithoutGaps() =>
        Assert.Equal(Enumerable.Range(1, SqliteMigration.All.Count), SqliteMigration.All.Select(m => m.Version));

    private static async Task<long> CountRows(string path, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }
}
