using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>The prepared statements of one batch: built and prepared once, then executed for every article in it.</summary>
internal sealed class ArticleInsert : IDisposable
{
    private readonly SqliteCommand article;
    private readonly SqliteCommand agency;

    private ArticleInsert(SqliteCommand article, SqliteCommand agency)
    {
        this.article = article;
        this.agency = agency;
    }

    public static ArticleInsert Prepare(SqliteConnection connection, SqliteTransaction transaction)
    {
        var article = connection.CreateCommand();
        article.Transaction = transaction;
        // DO NOTHING + RETURNING yields no row for a document already stored: that is how duplicates are counted.
        article.CommandText = """
            INSERT INTO articles (sha256, source, record_offset, url, fetched, document_id, stored, title,
                published_date, published_time, published_offset_minutes, outlet, byline, section, standfirst,
                language, paragraphs, body)
            VALUES ($sha256, $source, $record_offset, $url, $fetched, $document_id, $stored, $title,
                $published_date, $published_time, $published_offset_minutes, $outlet, $byline, $section, $standfirst,
                $language, $paragraphs, $body)
            ON CONFLICT (sha256) DO NOTHING
            RETURNING id
            """;
        foreach (var name in new[]
                 {
                     "$sha256", "$source", "$record_offset", "$url", "$fetched", "$document_id", "$stored", "$title",
                     "$published_date", "$published_time", "$published_offset_minutes", "$outlet", "$byline",
                     "$section", "$standfirst", "$language", "$paragraphs", "$body",
                 })
            article.Parameters.Add(new SqliteParameter { ParameterName = name });
        article.Prepare();

        var agency = connection.CreateCommand();
        agency.Transaction = transaction;
        agency.CommandText = "INSERT INTO article_agencies (article_id, position, agency) VALUES ($article_id, $position, $agency)";
        agency.Parameters.Add(new SqliteParameter { ParameterName = "$article_id" });
        agency.Parameters.Add(new SqliteParameter { ParameterName = "$position" });
        agency.Parameters.Add(new SqliteParameter { ParameterName = "$agency" });
        agency.Prepare();
        return new ArticleInsert(article, agency);
    }

    /// <summary>Inserts one article and returns its id; null when its document is already stored.</summary>
    public async Task<long?> ExecuteAsync(IngestedArticle item, DateTimeOffset stored, CancellationToken cancellationToken)
    {
        var (provenance, a) = (item.Provenance, item.Article);
        var p = article.Parameters;
        p["$sha256"].Value = provenance.Sha256;
        p["$source"].Value = provenance.Source;
        p["$record_offset"].Value = Db(provenance.RecordOffset);
        p["$url"].Value = Db(provenance.Url ?? a.Url);
        p["$fetched"].Value = Db(provenance.Fetched?.ToString("O", CultureInfo.InvariantCulture));
        p["$document_id"].Value = Db(item.DocumentId);
        p["$stored"].Value = stored.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        p["$title"].Value = Db(a.Title);
        p["$published_date"].Value = Db(a.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        p["$published_time"].Value = Db(a.Published?.Time?.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        p["$published_offset_minutes"].Value = Db(a.Published?.Offset is { } offset ? (long)offset.TotalMinutes : null);
        p["$outlet"].Value = Db(a.Outlet);
        p["$byline"].Value = Db(a.Byline);
        p["$section"].Value = Db(a.Section);
        p["$standfirst"].Value = Db(a.Standfirst);
        p["$language"].Value = Db(a.Language);
        p["$paragraphs"].Value = JsonSerializer.Serialize(a.Paragraphs);
        p["$body"].Value = a.Body;

        if (await article.ExecuteScalarAsync(cancellationToken) is not long id)
            return null;

        for (var position = 0; position < a.Agencies.Count; position++)
        {
            agency.Parameters["$article_id"].Value = id;
            agency.Parameters["$position"].Value = position;
            agency.Parameters["$agency"].Value = a.Agencies[position];
            await agency.ExecuteNonQueryAsync(cancellationToken);
        }

        return id;
    }

    public void Dispose()
    {
        article.Dispose();
        agency.Dispose();
    }

    private static object Db(object? value) => value ?? DBNull.Value;
}
