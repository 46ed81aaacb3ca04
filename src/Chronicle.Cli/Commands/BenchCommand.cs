using System.CommandLine;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle bench …</c>: scores Chronicle against the labelled datasets and measures its speed; one subcommand per dataset kind.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Score extraction against labelled datasets (see ../shared/datasets/README.md) and report speed.");
        command.Add(BenchExtractionCommand.Create());
        return command;
    }
}
