using System.Globalization;

namespace Chronicle.Storage.Sqlite;

/// <summary>Days as the schema stores them: ISO <c>yyyy-MM-dd</c> text, which sorts and compares as dates do.</summary>
internal static class SqliteDays
{
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
