using System.Diagnostics;
using System.Text;
using Chronicle.Merge;

namespace Chronicle.Bench;

/// <summary>Groups a generated corpus of N articles, a third of them mutated copies (other boilerplate, trims,
/// word edits) of earlier ones, and reports time, peak memory and whether every copy found its original.
/// Run: <c>dotnet run -c Release --project bench/Chronicle.Bench -- neardup 100000</c>.</summary>
public static class NearDuplicateCorpusBench
{
    public static void Run(int count)
    {
        var originOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var originals = new List<string>();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        var index = new NearDuplicateIndex();
        index.AddRange(Corpus(count, originOf, originals));
        var elapsed = clock.Elapsed;
        var heap = GC.GetTotalMemory(true) - before;
        var missed = originOf.Count(pair => index.GroupOf(pair.Key) != index.GroupOf(pair.Value));
        var falseJoins = originals.GroupBy(index.GroupOf).Count(g => g.Count() > 1);
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"neardup: {count:N0} articles in {elapsed.TotalSeconds:F1} s ({count / elapsed.TotalSeconds:N0}/s) on {Environment.ProcessorCount} cores");
        Console.WriteLine($"neardup: index heap after grouping {heap / 1e6:F0} MB, peak working set {process.PeakWorkingSet64 / 1e6:F0} MB (the corpus is generated as a stream)");
        Console.WriteLine($"neardup: copies {originOf.Count:N0}, copies not grouped with their source {missed:N0}, originals wrongly joined {falseJoins:N0}, groups {index.Groups().Count:N0}");
    }

    /// <summary>Streams the corpus; copies take their source from a window of recent texts, as syndication happens within days.</summary>
    private static IEnumerable<(string Key, string Text)> Corpus(int count, Dictionary<string, string> originOf, List<string> originals)
    {
        var random = new Random(42);
        var vocabulary = Enumerable.Range(0, 20_000).Select(i => Word(random, i)).ToArray();
        var recent = new (string Key, string Text)[2_000];
        for (var i = 0; i < count; i++)
        {
            var key = i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            string text;
            if (i > 10 && random.NextDouble() < 0.33)
            {
                var source = recent[random.Next(Math.Min(i, recent.Length))];
                originOf[key] = source.Key;
                text = Mutate(source.Text, random, vocabulary);
            }
            else
            {
                originals.Add(key);
                text = Story(random, vocabulary);
            }

            recent[i % recent.Length] = (key, text);
            yield return (key, text);
        }
    }

    private static string Word(Random random, int i)
    {
        var length = 2 + (i % 9);
        var chars = new char[length];
        for (var k = 0; k < length; k++)
            chars[k] = (char)('a' + random.Next(26));
        return new string(chars);
    }

    private static string Story(Random random, string[] vocabulary)
    {
        var builder = new StringBuilder();
        var words = 250 + random.Next(400);
        for (var w = 0; w < words; w++)
        {
            // Zipf-like: common words recur across stories, as in real news.
            var rank = (int)Math.Min(vocabulary.Length - 1, Math.Pow(random.NextDouble(), 3) * vocabulary.Length);
            builder.Append(vocabulary[rank]).Append(w % 17 == 16 ? ". " : " ");
        }

        return builder.ToString();
    }

    private static string Mutate(string text, Random random, string[] vocabulary)
    {
        var words = text.Split(' ').ToList();
        if (random.NextDouble() < 0.5)
            words = words.Take(Math.Max(20, words.Count * (60 + random.Next(40)) / 100)).ToList();
        for (var e = 0; e < words.Count / 50; e++)
            words[random.Next(words.Count)] = vocabulary[random.Next(vocabulary.Length)];
        var boilerplate = string.Join(' ', Enumerable.Range(0, 10 + random.Next(30)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        return "Share this article " + boilerplate + " " + string.Join(' ', words) + " Subscribe now " + boilerplate;
    }
}
