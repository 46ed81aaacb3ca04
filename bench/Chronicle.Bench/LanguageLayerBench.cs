using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Chronicle.Language;

namespace Chronicle.Bench;

/// <summary>The whole language layer (tokens, sentences, lemmas, times, quantities, quotes, attributions) over the
/// <see cref="LanguageCorpus"/>; divide by <see cref="Sentences"/> for time and allocation per sentence.
/// Run: <c>taskset -c 0 dotnet run -c Release --project bench/Chronicle.Bench -- --filter *LanguageLayerBench*</c>.</summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
public class LanguageLayerBench
{
    private static readonly DateOnly Anchor = new(2025, 2, 28);
    private readonly TextAnalyzer _analyzer = new();
    private IReadOnlyList<string> _paragraphs = [];

    /// <summary>Sentences in the corpus, printed at setup.</summary>
    public int Sentences { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _paragraphs = LanguageCorpus.Paragraphs();
        Sentences = _paragraphs.Sum(p => _analyzer.Analyse(p, Anchor).Sentences.Count);
        Console.WriteLine($"// language corpus: {_paragraphs.Count} paragraphs, {Sentences} sentences, {_paragraphs.Sum(p => p.Length)} characters");
    }

    [Benchmark]
    public int AnalyseCorpus()
    {
        var found = 0;
        foreach (var paragraph in _paragraphs)
            found += _analyzer.Analyse(paragraph, Anchor).Sentences.Count;
        return found;
    }

    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
