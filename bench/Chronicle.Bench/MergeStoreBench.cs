using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Extraction;
using Chronicle.Ingest;
using Chronicle.Merge;
using Chronicle.Storage;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Bench;

/// <summary>
/// Latency of adding one article (merge lookups and writes, in its own transaction) to SQLite stores of growing size,
/// and the sizes of the merge index tables. The store is filled with generated articles: the samples are analysed once,
/// then each generated article takes a sample's events and actors, a date spread over two years (its events shifted
/// with it) and a body whose words are partly replaced from a random vocabulary, so texts differ; one in four is a light
/// edit of a recent article (a syndicated copy). Run:
/// <c>taskset -c 0 dotnet run -c Release --project bench/Chronicle.Bench -- mergestore samples 10000,50000,100000</c>.
/// </summary>
public static class MergeStoreBench
{
    private const int Probes = 40;

    public static async Task RunAsync(string samples, IReadOnlyList<int> sizes)
    {
        var engine = new ChronicleBuilder().Build();
        using var loader = new DocumentLoader();
        var sources = new List<(Article Article, ArticleAnalysis Analysis)>();
        foreach (var loaded in loader.LoadWithSources([samples]))
        {
            if (loaded.Document.Value is { } document && engine.Extract(document) is { IsSuccess: true } article && article.Value!.Published is not null)
                sources.Add((article.Value, engine.Analyse(article.Value, document.Provenance.Sha256[..16])));
        }

        var folder = Directory.CreateTempSubdirectory("chronicle-mergestore-");
        var path = Path.Combine(folder.FullName, "merge.db");
        await using var store = (await SqliteChronicleStore.OpenAsync(path, TimeProvider.System)).Value!;
        var generator = new Generator(sources);
        var stored = 0;
        Console.WriteLine($"mergestore: {sources.Count} analysed samples; store {path}");
        foreach (var size in sizes.Order())
        {
            var fill = Stopwatch.StartNew();
            while (stored < size)
            {
                var batch = Enumerable.Range(0, Math.Min(1000, size - stored)).Select(_ => generator.Next()).ToList();
                stored += (await store.SaveAsync(batch)).Added;
            }

            fill.Stop();
            var latencies = new List<double>();
            for (var i = 0; i < Probes; i++)
            {
                var one = generator.Next();
                var clock = Stopwatch.StartNew();
                stored += (await store.SaveAsync([one])).Added;
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }

            latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mergestore: {stored:N0} articles (filled at {size / Math.Max(0.001, fill.Elapsed.TotalSeconds):N0}/s): add one article median {latencies[Probes / 2]:F1} ms, p90 {latencies[Probes * 9 / 10]:F1} ms, max {latencies[^1]:F1} ms"));
            Console.WriteLine("mergestore:   " + await TableSizesAsync(path));
        }

        await store.DisposeAsync();
        folder.Delete(recursive: true);
    }

    private static async Task<string> TableSizesAsync(string path)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var table in new[] { "copy_bands", "story_features", "event_merge", "merged_events", "origin_groups", "stories" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}";
            var rows = (long)(await command.ExecuteScalarAsync())!;
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{table} {rows:N0}"));
        }

        await using (var largest = connection.CreateCommand())
        {
            largest.CommandText = "SELECT max(n) FROM (SELECT count(*) n FROM merge_articles GROUP BY story_id)";
            var size = (long)(await largest.ExecuteScalarAsync())!;
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"largest story {size:N0}"));
        }

        parts.Add(string.Create(CultureInfo.InvariantCulture, $"file {new FileInfo(path).Length / 1e6:F0} MB"));
        return string.Join(", ", parts);
    }

    private sealed class Generator(List<(Article Article, ArticleAnalysis Analysis)> sources)
    {
        private static readonly DateOnly Start = new(2024, 1, 1);
        private readonly Random random = new(42);
        private readonly string[] vocabulary = Enumerable.Range(0, 20_000).Select(i => "w" + i.ToString("x", CultureInfo.InvariantCulture)).ToArray();
        private readonly (Article Article, ArticleAnalysis Analysis)[] recent = new (Article, ArticleAnalysis)[500];
        private int count;

        public IngestedArticle Next()
        {
            (Article Article, ArticleAnalysis Analysis) item;
            if (count > 10 && random.NextDouble() < 0.25)
            {
                var (article, analysis) = recent[random.Next(Math.Min(count, recent.Length))];
                item = (article with { Paragraphs = Edit(article.Paragraphs, 0.02), Outlet = "Outlet " + random.Next(50) }, analysis);
            }
            else
            {
                var (article, analysis) = sources[random.Next(sources.Count)];
                var shift = Start.AddDays(random.Next(730)).DayNumber - article.Published!.Value.Date.DayNumber;
                var events = analysis.Events.Select(e => e with { Date = Shift(e.Date, shift) }).ToList();
                var moved = article with
                {
                    Paragraphs = Edit(article.Paragraphs, 0.4),
                    Published = article.Published.Value with { Date = article.Published.Value.Date.AddDays(shift) },
                    Outlet = "Outlet " + random.Next(50),
                };
                item = (moved, analysis with { Events = events });
            }

            recent[count++ % recent.Length] = item;
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(count.ToString(CultureInfo.InvariantCulture) + item.Article.Body)));
            var provenance = new Provenance($"generated/{count}", null, null, null, sha);
            return new IngestedArticle(provenance, null, item.Article) { Analysis = item.Analysis };
        }

        private string[] Edit(IReadOnlyList<string> paragraphs, double share) =>
            paragraphs.Select(p => string.Join(' ', p.Split(' ').Select(w => random.NextDouble() < share ? vocabulary[random.Next(vocabulary.Length)] : w))).ToArray();

        private static string? Shift(string? when, int days)
        {
            if (!TimeWindow.TryParse(when, out var window))
                return when;
            var (first, last) = (window.First.AddDays(days), window.Last.AddDays(days));
            return first == last ? Iso(first) : Iso(first) + "/" + Iso(last);
        }

        private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
