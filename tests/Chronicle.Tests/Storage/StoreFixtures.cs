using System.Security.Cryptography;
using System.Text;
using Chronicle.Extraction;
using Chronicle.Ingest;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>Builds articles to store; the SHA-256 derives from the key, so the same key is the same raw document.</summary>
internal static class StoreFixtures
{
    public static IngestedArticle Article(
        string key,
        string? title = null,
        string? outlet = "Example Times",
        PublicationDate? published = null,
        IReadOnlyList<string>? agencies = null,
        params string[] paragraphs) =>
        new(
            new Provenance($"/data/{key}.html", null, $"https://example.org/{key}", null, Sha256(key)),
            null,
            new Article
            {
                Title = title ?? $"Story {key}",
                Outlet = outlet,
                Published = published,
                Agencies = agencies ?? [],
                Paragraphs = paragraphs.Length == 0 ? [$"Body of {key}."] : paragraphs,
            });

    public static PublicationDate Day(int year, int month, int day) => new(new DateOnly(year, month, day));

    public static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
