using System.CommandLine;
using Chronicle.Cli.Commands;

namespace Chronicle.Cli;

/// <summary>Builds the command tree and runs it, mapping parse errors to <see cref="ExitCodes.Usage"/>.</summary>
public static class CliApp
{
    public static RootCommand BuildRoot() => BuildRoot(EngineSettings.FromEnvironment());

    public static RootCommand BuildRoot(EngineSettings settings)
    {
        var root = new RootCommand("Chronicle: turns raw news into a sourced record of world events.");
        root.Add(settings.CreateActorsOption());
        foreach (var command in CommandCatalog.All(settings))
            root.Add(command);
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = BuildRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                Console.Error.WriteLine($"chronicle: {error.Message}");
            Console.Error.WriteLine("Run 'chronicle --help' for usage.");
            return ExitCodes.Usage;
        }

        // A silo needs a few seconds after Ctrl-C to hand its grains over and mark itself dead in the membership table.
        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
    }
}
