using BenchmarkDotNet.Attributes;
using Chronicle.Actors;

namespace Chronicle.Bench;

/// <summary>Building the built-in actor dictionaries from their data files (done once per process).</summary>
[MemoryDiagnoser]
public class ActorDictionaryLoadBenchmark
{
    [Benchmark]
    public int Load() => new ActorDictionaryBuilder().AddBuiltIn().Build().Stats.Names;
}
