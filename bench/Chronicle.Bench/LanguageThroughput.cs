using System.Diagnostics;
using Chronicle.Language;

namespace Chronicle.Bench;

/// <summary>A quick figure without BenchmarkDotNet: sentences per second and bytes allocated per sentence of the whole
/// language layer over <see cref="LanguageCorpus"/>, best of several rounds. Run:
/// <c>taskset -c 0 dotnet run -c Release --project bench/Chronicle.Bench -- language</c>.</summary>
public static class LanguageThroughput
{
    public static void Run(int rounds)
    {
        var analyzer = new TextAnalyzer();
        var anchor = new DateOnly(2025, 2, 28);
        var paragraphs = LanguageCorpus.Paragraphs();
        var sentences = paragraphs.Sum(p => analyzer.Analyse(p, anchor).Sentences.Count);
        var best = double.MaxValue;
        long allocated = 0;
        for (var round = 0; round < rounds; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var repeat = 0; repeat < 20; repeat++)
            {
                foreach (var paragraph in paragraphs)
                    analyzer.Analyse(paragraph, anchor);
            }

            best = Math.Min(best, clock.Elapsed.TotalSeconds / 20);
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 20;
        }

        // A baseline in the same run (tokenizing alone), because the machines are shared and absolute figures drift.
        var baseline = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var repeat = 0; repeat < 20; repeat++)
            {
                foreach (var paragraph in paragraphs)
                    Tokenizer.Tokenize(paragraph);
            }

            baseline = Math.Min(baseline, clock.Elapsed.TotalSeconds / 20);
        }

        Console.WriteLine($"language: {paragraphs.Count} paragraphs, {sentences} sentences; best of {rounds}: {sentences / best:N0} sentences/s, {allocated / (double)sentences:N0} bytes allocated per sentence");
        Console.WriteLine($"language: tokenizing alone {sentences / baseline:N0} sentences/s; the whole layer takes {best / baseline:F1}x the tokenizer's time");
    }
}
