using BenchmarkDotNet.Attributes;
using Chronicle.Actors;
using Chronicle.Events;
using Chronicle.Language;

namespace Chronicle.Bench;

/// <summary>Event coding over news sentences: the coder alone (analysis and mentions prepared once) and the whole
/// <c>chronicle code</c> pipeline per sentence (analysis, actors, coding). Sentences are the repository's samples' bodies
/// split by the language layer, so the input is real news text.</summary>
[MemoryDiagnoser]
public class EventCodingBench
{
    private static readonly DateOnly Date = new(2025, 3, 1);
    private readonly EventCoder _coder = new();
    private readonly TextAnalyzer _analyzer = new();
    private readonly ActorRecognizer _actors = new();
    private string[] _sentences = [];
    private (TextAnalysis Analysis, IReadOnlyList<ActorMention> Mentions)[] _prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        var samples = Path.Combine(FindRoot(), "samples");
        _sentences = Directory.EnumerateFiles(samples, "*.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .SelectMany(text => _analyzer.Analyse(text, Date).Sentences.Select(s => s.TextIn(text)))
            .Where(s => s.Length > 20)
            .Take(2000)
            .ToArray();
        _prepared = _sentences.Select(s => _analyzer.Analyse(s, Date)).Select(a => (a, _actors.Recognize(a, Date))).ToArray();
    }

    [Benchmark(Description = "coder only, per sentence set")]
    public int CoderOnly()
    {
        var events = 0;
        foreach (var (analysis, mentions) in _prepared)
            events += _coder.Code(analysis, mentions, new DocumentContext("b", Date)).Count;
        return events;
    }

    [Benchmark(Description = "analyse + actors + code, per sentence set")]
    public int Pipeline()
    {
        var pipeline = new EventPipeline(_analyzer, _actors, _coder);
        var events = 0;
        foreach (var sentence in _sentences)
            events += pipeline.Code(new DocumentContext("b", Date), sentence).Count;
        return events;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Chronicle.slnx not found");
    }
}
