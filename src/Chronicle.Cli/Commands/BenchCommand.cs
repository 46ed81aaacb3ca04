using System.CommandLine;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle bench …</c>: scores Chronicle against the labelled datasets and measures its speed; one subcommand per dataset kind.</summary>
public static class BenchCommand
{
    public static Command Create() => new("bench", "Score Chronicle on labelled datasets (see ../shared/datasets/README.md) and report speed.")
    {
        BenchExtractionCommand.Create(),
        BenchDatesCommand.Create(),
    };
}
