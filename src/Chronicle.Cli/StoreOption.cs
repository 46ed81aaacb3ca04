using System.CommandLine;
using Chronicle.Storage;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Cli;

/// <summary>The <c>--db</c> option every storage command takes, and opening the store it names.</summary>
public static class StoreOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"The SQLite database file. Default: ${DatabaseLocation.EnvironmentVariable}, else chronicle/chronicle.db in your user data folder. PostgreSQL (postgres://…) is not supported yet.",
        HelpName = "PATH",
    };

    /// <summary>Opens (creating and migrating if needed) the store the option or the environment names; null after reporting why not.</summary>
    public static async Task<IChronicleStore?> OpenAsync(ParseResult parseResult, Option<string?> option, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = parseResult.InvocationConfiguration.Error;
        var location = DatabaseLocation.Resolve(parseResult.GetValue(option));
        if (!location.IsSuccess)
        {
            await errors.WriteLineAsync($"chronicle: {location.Error}");
            return null;
        }

        var opened = await SqliteChronicleStore.OpenAsync(location.Value!, time, cancellationToken);
        if (!opened.IsSuccess)
        {
            await errors.WriteLineAsync($"chronicle: {opened.Error}");
            return null;
        }

        return opened.Value;
    }
}
