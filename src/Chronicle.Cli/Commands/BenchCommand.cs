using System.CommandLine;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle bench</c>: scores Chronicle's stages on the labelled datasets; one subcommand per dataset.</summary>
public static class BenchCommand
{
    public static Command Create() => new("bench", "Score Chronicle on labelled datasets and report speed.")
    {
        BenchDatesCommand.Create(),
    };
}
