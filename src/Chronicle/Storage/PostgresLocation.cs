using System.Globalization;

namespace Chronicle.Storage;

/// <summary>
/// Turns a PostgreSQL location as users write it — <c>postgres://user:password@host:port/database?key=value</c> or an
/// ADO.NET connection string (<c>Host=…;Database=…</c>) — into the connection string drivers take.
/// </summary>
public static class PostgresLocation
{
    /// <summary>The connection string for <paramref name="location"/>, or why it is not a PostgreSQL location.</summary>
    public static Result<string> ToConnectionString(string location)
    {
        var text = location.Trim();
        if (!DatabaseLocation.IsPostgres(text))
            return Result<string>.Fail($"{location}: not a PostgreSQL location (postgres://user@host:port/database or Host=…;Database=…)");
        if (!text.Contains("://", StringComparison.Ordinal))
            return text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return Result<string>.Fail($"{location}: not a valid postgres:// URL (postgres://user:password@host:port/database)");

        var parts = new List<string> { Pair("Host", uri.Host) };
        if (!uri.IsDefaultPort && uri.Port > 0)
            parts.Add(Pair("Port", uri.Port.ToString(CultureInfo.InvariantCulture)));
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
            parts.Add(Pair("Database", database));
        if (uri.UserInfo.Length > 0)
        {
            var (user, _, password) = uri.UserInfo.Partition(':');
            parts.Add(Pair("Username", Uri.UnescapeDataString(user)));
            if (password.Length > 0)
                parts.Add(Pair("Password", Uri.UnescapeDataString(password)));
        }

        foreach (var query in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, found, value) = query.Partition('=');
            if (!found)
                return Result<string>.Fail($"{location}: the query part '{query}' is not key=value");
            parts.Add(Pair(Uri.UnescapeDataString(key), Uri.UnescapeDataString(value)));
        }

        return string.Join(';', parts);
    }

    private static (string Before, bool Found, string After) Partition(this string text, char separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? (text, false, "") : (text[..at], true, text[(at + 1)..]);
    }

    // Values with ; = or quotes are quoted the way connection strings escape them.
    private static string Pair(string key, string value) =>
        value.AsSpan().IndexOfAny(";='\" ") < 0 ? $"{key}={value}" : $"{key}='{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
