using System.CommandLine;
using Chronicle.Web;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle serve [--urls URL] [--db PATH] [--allow-ingest]</c>: the HTTP API and the web page over a
/// database; read-only unless <c>--allow-ingest</c> lets <c>POST /api/documents</c> ingest.</summary>
public static class ServeCommand
{
    public static Command Create(Func<ChronicleEngine> engineFactory, TimeProvider time)
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on (default {ChronicleWebOptions.DefaultUrl}; port 0 picks a free port).",
            AllowMultipleArgumentsPerToken = true,
        };
        var db = StoreOption.Create();
        var allowIngest = new Option<bool>("--allow-ingest")
        {
            Description = "Let POST /api/documents ingest documents (HTML, text or JSONL bodies up to 20 MB) into the database; without it the API is read-only.",
        };
        var command = new Command("serve", "Serve the HTTP API (with its OpenAPI description at /openapi/v1.json) and the web page.") { urls, db, allowIngest };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var chosen = parseResult.GetValue(urls) is { Length: > 0 } given ? given : [ChronicleWebOptions.DefaultUrl];
            var options = new ChronicleWebOptions(chosen) { Ingest = parseResult.GetValue(allowIngest) ? engineFactory() : null };
            var output = parseResult.InvocationConfiguration.Output;
            await ChronicleWebHost.ServeAsync(options, store,
                address => output.WriteLine($"Chronicle is serving at {address}{(options.Ingest is null ? "" : " (ingest allowed: POST /api/documents)")}"), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
