using System.CommandLine;
using Chronicle.Cluster;

namespace Chronicle.Cli;

/// <summary>
/// The option that names a cluster's PostgreSQL database (<c>--cluster</c> on ingest, <c>--cluster-db</c> on a silo),
/// falling back on <c>CHRONICLE_CLUSTER</c>. Only a string here: Orleans is loaded only once a command uses a cluster.
/// </summary>
public static class ClusterOption
{
    public static Option<string?> Create(string name, string description) => new(name)
    {
        Description = $"{description} Also ${ClusterDatabase.EnvironmentVariable}.",
        HelpName = "postgres://…",
    };

    /// <summary>The location the option or the environment gives; null when neither names one.</summary>
    public static string? Resolve(ParseResult parseResult, Option<string?> option) =>
        parseResult.GetValue(option) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(ClusterDatabase.EnvironmentVariable) is { Length: > 0 } variable ? variable
        : null;
}
