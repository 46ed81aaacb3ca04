using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

public sealed class DatabaseLocationTests
{
    [Fact]
    public void Resolve_OptionWinsOverEnvironment() =>
        Assert.Equal(Path.GetFullPath("/tmp/a.db"), DatabaseLocation.Resolve("/tmp/a.db", "/tmp/b.db", "/home/u/.local/share").Value);

    [Fact]
    public void Resolve_EnvironmentWinsOverDefault() =>
        Assert.Equal(Path.GetFullPath("/tmp/b.db"), DatabaseLocation.Resolve(null, "/tmp/b.db", "/home/u/.local/share").Value);

    [Fact]
    public void Resolve_Default_IsInTheUserDataFolder() =>
        Assert.Equal(Path.Combine("/home/u/.local/share", "chronicle", "chronicle.db"), DatabaseLocation.Resolve(null, "", "/home/u/.local/share").Value);

    [Fact]
    public void Resolve_NoDataFolder_AsksForAPath() =>
        Assert.Contains("--db", DatabaseLocation.Resolve(null, null, "").Error, StringComparison.Ordinal);

    [Theory]
    [InlineData("postgres://user@localhost/chronicle")]
    [InlineData("postgresql://localhost:5432/chronicle")]
    [InlineData("Host=localhost;Database=chronicle;Username=postgres")]
    [InlineData("Server=db1; Port=5432")]
    public void Resolve_PostgresLocation_IsNotSupportedYet(string location)
    {
        var resolved = DatabaseLocation.Resolve(location, null, "/home/u");

        Assert.False(resolved.IsSuccess);
        Assert.Contains("PostgreSQL is not supported yet", resolved.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chronicle.db")]
    [InlineData("/var/data/news=2025.db")]
    [InlineData("./archive/chronicle.sqlite")]
    public void IsPostgres_FilePaths_AreSqlite(string path) => Assert.False(DatabaseLocation.IsPostgres(path));
}
