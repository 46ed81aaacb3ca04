using System.Text.RegularExpressions;

namespace Chronicle.Storage;

/// <summary>
/// Decides which database a run uses: the <c>--db</c> value, else <c>CHRONICLE_DB</c>, else
/// <c>chronicle/chronicle.db</c> in the user's local data folder. PostgreSQL locations are recognised so users get a
/// clear answer instead of a SQLite file named after a connection string.
/// </summary>
public static partial class DatabaseLocation
{
    public const string EnvironmentVariable = "CHRONICLE_DB";

    /// <summary>Resolves the location from the process's environment and the user's data folder.</summary>
    public static Result<string> Resolve(string? option) =>
        Resolve(
            option,
            Environment.GetEnvironmentVariable(EnvironmentVariable),
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify));

    /// <summary>Resolves the location from explicit inputs; returns the full path of a SQLite file or why there is none.</summary>
    public static Result<string> Resolve(string? option, string? environmentValue, string? dataFolder)
    {
        var chosen = !string.IsNullOrWhiteSpace(option) ? option
            : !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue
            : null;
        if (chosen is not null)
        {
            return IsPostgres(chosen)
                ? Result<string>.Fail("PostgreSQL is not supported yet; give --db a SQLite file path.")
                : Path.GetFullPath(chosen.Trim());
        }

        if (string.IsNullOrEmpty(dataFolder))
            return Result<string>.Fail($"No user data folder is known here; give --db PATH or set {EnvironmentVariable}.");
        return Path.Combine(dataFolder, "chronicle", "chronicle.db");
    }

    /// <summary>A postgres:// URL or an ADO.NET-style connection string (<c>Host=…;Database=…</c>).</summary>
    public static bool IsPostgres(string location)
    {
        var text = location.Trim();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || ConnectionStringPattern().IsMatch(text);
    }

    // "key=value" pairs; SQLite paths practically never start with a bare word followed by '='.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z ]*=[^;]*(;|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringPattern();
}
