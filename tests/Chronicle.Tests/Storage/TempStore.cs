using Chronicle.Storage.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Chronicle.Tests.Storage;

/// <summary>A fresh SQLite store in a temporary folder with a fake clock; tests derive from it and get it opened and removed.</summary>
public abstract class TempStore : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    protected SqliteChronicleStore Store { get; private set; } = null!;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var opened = await SqliteChronicleStore.OpenAsync(folder.File("chronicle.db"), Time, Token);
        Assert.True(opened.IsSuccess, opened.Error);
        Store = opened.Value!;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
