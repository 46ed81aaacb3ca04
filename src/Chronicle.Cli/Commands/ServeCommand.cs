using System.CommandLine;
using Chronicle.Storage;
using Chronicle.Storage.Sqlite;
using Chronicle.Web;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle serve [--urls URL] [--db PATH] [--allow-ingest]</c>: the HTTP API and the web page over a database.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on (default {ChronicleWebOptions.DefaultUrl}; port 0 picks a free port).",
            AllowMultipleArgumentsPerToken = true,
        };
        var db = new Option<string?>("--db") { Description = $"The database: a SQLite file (default: in your data folder, or ${DatabaseLocation.EnvironmentVariable})." };
        var allowIngest = new Option<bool>("--allow-ingest") { Description = "Accept documents on POST /api/documents (read-only otherwise)." };
        var command = new Command("serve", "Serve the HTTP API (with its OpenAPI description at /openapi/v1.json) and the web page.") { urls, db, allowIngest };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var location = DatabaseLocation.Resolve(parsed.GetValue(db));
            if (!location.IsSuccess)
            {
                Console.Error.WriteLine($"chronicle serve: {location.Error}");
                return ExitCodes.Usage;
            }

            var opened = await SqliteChronicleStore.OpenAsync(location.Value!, TimeProvider.System, cancellationToken);
            if (!opened.IsSuccess)
            {
                Console.Error.WriteLine($"chronicle serve: {location.Value}: {opened.Error}");
                return ExitCodes.SomeInputsFailed;
            }

            await using var store = opened.Value!;
            var chosen = parsed.GetValue(urls) is { Length: > 0 } given ? given : [ChronicleWebOptions.DefaultUrl];
            await ChronicleWebHost.ServeAsync(new ChronicleWebOptions(chosen, parsed.GetValue(allowIngest)), store,
                address => Console.WriteLine($"Chronicle is serving {location.Value} at {address}"), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
