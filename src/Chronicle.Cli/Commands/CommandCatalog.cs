using System.CommandLine;

namespace Chronicle.Cli.Commands;

/// <summary>Every command of the CLI, one factory a line; each command lives in a file of its own in this folder.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return BenchCommand.Create();
    }
}
