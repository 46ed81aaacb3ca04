using System.Globalization;
using BenchmarkDotNet.Running;
using Chronicle.Bench;

// Corpus-scale runs that BenchmarkDotNet's per-call measurements do not fit take a name; everything else goes to BenchmarkDotNet.
if (args is ["neardup", .. var rest])
{
    NearDuplicateCorpusBench.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 100_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(NearDuplicateCorpusBench).Assembly).Run(args);
