using System.CommandLine;
using Chronicle.Web;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle serve [--urls URL] [--db PATH]</c>: the read-only HTTP API and the web page over a database.</summary>
public static class ServeCommand
{
    public static Command Create(TimeProvider time)
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on (default {ChronicleWebOptions.DefaultUrl}; port 0 picks a free port).",
            AllowMultipleArgumentsPerToken = true,
        };
        var db = StoreOption.Create();
        var command = new Command("serve", "Serve the read-only HTTP API (with its OpenAPI description at /openapi/v1.json) and the web page.") { urls, db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var chosen = parseResult.GetValue(urls) is { Length: > 0 } given ? given : [ChronicleWebOptions.DefaultUrl];
            var output = parseResult.InvocationConfiguration.Output;
            await ChronicleWebHost.ServeAsync(new ChronicleWebOptions(chosen), store,
                address => output.WriteLine($"Chronicle is serving at {address}"), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
