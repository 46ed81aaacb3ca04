using System.Globalization;
using Chronicle.Storage;

namespace Chronicle.Cli.Listing;

/// <summary>The columns of an article in a list, shared by <c>articles</c> and <c>search</c>.</summary>
public static class SummaryColumns
{
    public static IReadOnlyList<Column<T>> For<T>(Func<T, ArticleSummary> article) =>
    [
        new("id", row => article(row).Id.ToString(CultureInfo.InvariantCulture), (json, row) => json.WriteNumberValue(article(row).Id)),
        new("published", row => article(row).Published?.ToIsoString()),
        new("outlet", row => article(row).Outlet),
        new("agencies", row => string.Join("; ", article(row).Agencies), (json, row) =>
        {
            json.WriteStartArray();
            foreach (var agency in article(row).Agencies)
                json.WriteStringValue(agency);
            json.WriteEndArray();
        }),
        new("title", row => article(row).Title),
        new("url", row => article(row).Url) { InTable = false },
        new("source", row => article(row).Source) { InTable = false },
    ];
}
