using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Chronicle.Bench.Corpus;

/// <summary>
/// Writes a large corpus for ingest and merge benchmarks from the single-document samples (text dumps and HTML pages):
/// each copy is mutated (a paragraph dropped, two swapped, the headline tagged, the date line shifted) so every
/// document has its own bytes and a slightly different body, like re-published and updated news. One document in ten
/// goes into a JSONL file instead, so container inputs are part of the mix. Deterministic for a given seed.
/// </summary>
public static class MutatedCorpus
{
    private const int FilesPerFolder = 1000;
    private const int JsonlEvery = 10;

    /// <summary>Writes <paramref name="count"/> documents under <paramref name="output"/>; returns how many files it wrote.</summary>
    public static int Write(string samples, string output, int count, int seed = 42)
    {
        var sources = Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".txt", StringComparison.Ordinal) || path.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Text: File.ReadAllText(path, Encoding.UTF8)))
            // The corpus is written as UTF-8, so a page that declares a legacy charset would be misread: leave it out.
            .Where(source => !source.Text.Contains("charset=windows-", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (sources.Length == 0)
            throw new InvalidOperationException($"No .txt or .html samples under {samples}.");

        var random = new Random(seed);
        var files = 0;
        StreamWriter? jsonl = null;
        for (var i = 0; i < count; i++)
        {
            var (path, text) = sources[i % sources.Length];
            var isHtml = path.EndsWith(".html", StringComparison.Ordinal);
            var mutated = Mutate(text, isHtml, i, random);
            if (i % JsonlEvery == JsonlEvery - 1)
            {
                if (jsonl is null || i % (JsonlEvery * FilesPerFolder) == JsonlEvery - 1)
                {
                    jsonl?.Dispose();
                    jsonl = new StreamWriter(Target(output, i, "crawl.jsonl"), append: false, new UTF8Encoding(false));
                    files++;
                }

                var url = $"https://corpus.example/{i.ToString(CultureInfo.InvariantCulture)}/{Path.GetFileNameWithoutExtension(path)}";
                jsonl.WriteLine(JsonSerializer.Serialize(isHtml
                    ? new Dictionary<string, string> { ["id"] = $"doc-{i}", ["url"] = url, ["html"] = mutated }
                    : new Dictionary<string, string> { ["id"] = $"doc-{i}", ["url"] = url, ["text"] = mutated }));
                continue;
            }

            File.WriteAllText(Target(output, i, $"{i:D6}-{Path.GetFileName(path)}"), mutated, new UTF8Encoding(false));
            files++;
        }

        jsonl?.Dispose();
        return files;
    }

    private static string Target(string output, int index, string name)
    {
        var folder = Path.Combine(output, (index / FilesPerFolder).ToString("D3", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    private static string Mutate(string text, bool isHtml, int index, Random random)
    {
        var lines = text.Split('\n').ToList();
        // Body lines: long prose lines (text dumps) or paragraph lines (HTML); the mutations only touch those.
        var body = Enumerable.Range(0, lines.Count)
            .Where(n => isHtml ? lines[n].TrimStart().StartsWith("<p>", StringComparison.Ordinal) : lines[n].Length > 120 && !lines[n].Contains('{'))
            .ToList();
        if (body.Count > 3 && random.Next(3) == 0)
            lines.RemoveAt(body[random.Next(1, body.Count)]);
        else if (body.Count > 2)
        {
            var (a, b) = (body[random.Next(1, body.Count)], body[random.Next(1, body.Count)]);
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }

        var tag = $" ({Words[random.Next(Words.Length)]} {index.ToString(CultureInfo.InvariantCulture)})";
        var result = string.Join('\n', lines);
        var title = isHtml ? "</title>" : "\n";
        var cut = result.IndexOf(title, StringComparison.Ordinal);
        return cut < 0 ? result + tag : result.Insert(cut, tag);
    }

    private static readonly string[] Words = ["update", "analysis", "live", "explainer", "recap", "latest", "briefing", "wire"];
}
