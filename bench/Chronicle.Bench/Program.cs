using System.Globalization;
using BenchmarkDotNet.Running;
using Chronicle.Bench.Corpus;

// "corpus <samples> <output> <count>" writes a mutated corpus for ingest benchmarks; anything else runs BenchmarkDotNet.
if (args is ["corpus", var samples, var output, var count])
{
    var files = MutatedCorpus.Write(samples, output, int.Parse(count, CultureInfo.InvariantCulture));
    Console.WriteLine($"{count} documents in {files} files under {output}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
