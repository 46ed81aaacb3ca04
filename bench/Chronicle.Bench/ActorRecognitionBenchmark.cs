using BenchmarkDotNet.Attributes;
using Chronicle.Actors;
using Chronicle.Language;

namespace Chronicle.Bench;

/// <summary>Mention recognition and coreference over real news sentences (Data/actor-sentences.txt), each read as a text of its own,
/// tokenized beforehand as the language layer would. One operation is one pass over all sentences; sentences/s = count / time.</summary>
[MemoryDiagnoser]
public class ActorRecognitionBenchmark
{
    private readonly ActorRecognizer _recognizer = new(ActorDictionary.BuiltIn);
    private TextAnalysis[] _texts = [];
    private TextAnalysis _article = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "actor-sentences.txt"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .ToArray();
        _texts = lines.Select(Analyse).ToArray();
        _article = Analyse(string.Join(' ', lines));
        Console.WriteLine($"// {_texts.Length} sentences; dictionary: {ActorDictionary.BuiltIn.Stats}");
    }

    /// <summary>Each sentence as its own text.</summary>
    [Benchmark]
    public int Sentences()
    {
        var count = 0;
        foreach (var text in _texts)
            count += _recognizer.Recognize(text, new DateOnly(2025, 2, 28)).Count;
        return count;
    }

    /// <summary>All sentences as one long text, so coreference looks across them.</summary>
    [Benchmark]
    public int Article() => _recognizer.Recognize(_article, new DateOnly(2025, 2, 28)).Count;

    private static TextAnalysis Analyse(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return new TextAnalysis(text, tokens, [new Sentence(0, text.Length, 0, tokens.Count)], [], [], [], []);
    }
}
