using System.Globalization;
using System.Text.Json;
using Chronicle.Extraction;
using Chronicle.Ingest;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>The column lists the queries select and the mapping of their rows back to records, kept side by side so they cannot drift.</summary>
internal static class ArticleColumns
{
    /// <summary>Columns of an <see cref="ArticleSummary"/>, from the table aliased <c>a</c>.</summary>
    public const string Summary = """
        a.id, a.title, a.published_date, a.published_time, a.published_offset_minutes, a.outlet, a.url, a.source,
        (SELECT json_group_array(agency) FROM (SELECT agency FROM article_agencies WHERE article_id = a.id ORDER BY position))
        """;

    public const int SummaryCount = 9;

    /// <summary>Columns after the summary ones that complete a <see cref="StoredArticle"/>.</summary>
    public const string Detail = """
        a.byline, a.section, a.standfirst, a.language, a.paragraphs,
        a.sha256, a.record_offset, a.fetched, a.document_id, a.stored
        """;

    public static ArticleSummary ReadSummary(SqliteDataReader row) => new(
        row.GetInt64(0),
        Text(row, 1),
        ReadPublished(row, 2),
        Text(row, 5),
        JsonSerializer.Deserialize<string[]>(row.GetString(8)) ?? [],
        Text(row, 6),
        row.GetString(7));

    public static StoredArticle ReadStored(SqliteDataReader row)
    {
        var summary = ReadSummary(row);
        var d = SummaryCount;
        var article = new Article
        {
            Title = summary.Title,
            Published = summary.Published,
            Outlet = summary.Outlet,
            Agencies = summary.Agencies,
            Byline = Text(row, d),
            Section = Text(row, d + 1),
            Standfirst = Text(row, d + 2),
            Language = Text(row, d + 3),
            Paragraphs = JsonSerializer.Deserialize<string[]>(row.GetString(d + 4)) ?? [],
            Url = summary.Url,
        };
        var provenance = new Provenance(
            summary.Source,
            row.IsDBNull(d + 6) ? null : row.GetInt64(d + 6),
            summary.Url,
            Text(row, d + 7) is { } fetched ? DateTimeOffset.Parse(fetched, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
            row.GetString(d + 5));
        var stored = DateTimeOffset.Parse(row.GetString(d + 9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new StoredArticle(summary.Id, article, provenance, Text(row, d + 8), stored);
    }

    private static PublicationDate? ReadPublished(SqliteDataReader row, int first)
    {
        if (Text(row, first) is not { } date)
            return null;
        TimeOnly? time = Text(row, first + 1) is { } t ? TimeOnly.ParseExact(t, "HH:mm:ss", CultureInfo.InvariantCulture) : null;
        TimeSpan? offset = row.IsDBNull(first + 2) ? null : TimeSpan.FromMinutes(row.GetInt64(first + 2));
        return new PublicationDate(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), time, offset);
    }

    private static string? Text(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
