using System.Globalization;
using BenchmarkDotNet.Running;
using Chronicle.Bench;
using Chronicle.Bench.Corpus;
using Chronicle.Bench.Pairs;

// Corpus-scale runs that BenchmarkDotNet's per-call measurements do not fit take a name; everything else goes to BenchmarkDotNet.
if (args is ["corpus", var samples, var output, var count])
{
    // Writes a mutated corpus from samples/ for ingest benchmarks (chronicle ingest OUTPUT).
    var files = MutatedCorpus.Write(samples, output, int.Parse(count, CultureInfo.InvariantCulture));
    Console.WriteLine($"{count} documents in {files} files under {output}");
    return;
}

if (args is ["neardup", .. var rest])
{
    NearDuplicateCorpusBench.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 100_000);
    return;
}

if (args is ["mergestore", var mergeSamples, .. var mergeSizes])
{
    var sizes = mergeSizes.Length > 0 ? mergeSizes[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList() : [10_000, 50_000, 100_000];
    await MergeStoreBench.RunAsync(mergeSamples, sizes);
    return;
}

if (args is ["pairs", var pairSet])
{
    // Precision and recall of the merge decisions (same origin, same event) on a labelled pair set.
    Environment.ExitCode = PairsBench.Run(pairSet);
    return;
}

if (args is ["language", .. var languageArgs])
{
    LanguageThroughput.Run(languageArgs.Length > 0 ? int.Parse(languageArgs[0], CultureInfo.InvariantCulture) : 10);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(NearDuplicateCorpusBench).Assembly).Run(args);
