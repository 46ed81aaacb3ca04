using System.Collections.Frozen;

namespace Chronicle.Events.Coding;

/// <summary>The closed word classes of <c>events/words.tsv</c> (documented there) that the chunker and status reader use.</summary>
public sealed class WordClasses
{
    private static readonly Lazy<WordClasses> DefaultClasses = new(() => Load(EmbeddedResources.ReadDataLines("events/words.tsv")));

    private readonly FrozenDictionary<string, FrozenSet<string>> _classes;

    private WordClasses(FrozenDictionary<string, FrozenSet<string>> classes)
    {
        _classes = classes;
        Determiners = Get("det");
        Prepositions = Get("prep");
        TargetPrepositions = Get("targetprep");
        PlacePrepositions = Get("placeprep");
        Auxiliaries = Get("aux");
        Be = Get("be");
        Modals = Get("modal");
        Future = Get("future");
        Negations = Get("neg");
        Adverbs = Get("adverb");
        Subordinators = Get("subord");
        Relatives = Get("relative");
        Pronouns = Get("pronoun");
        Conjunctions = Get("conj");
        PlannedCues = Get("planned");
        HypotheticalCues = Get("hypothetical");
        DeniedCues = Get("denied");
        NegatingCues = Get("negating");
        EvidentialCues = Get("evidential");
        SpeechVerbs = Get("speech");
    }

    public static WordClasses Default => DefaultClasses.Value;

    public FrozenSet<string> Determiners { get; }
    public FrozenSet<string> Prepositions { get; }
    public FrozenSet<string> TargetPrepositions { get; }
    public FrozenSet<string> PlacePrepositions { get; }
    public FrozenSet<string> Auxiliaries { get; }
    public FrozenSet<string> Be { get; }
    public FrozenSet<string> Modals { get; }
    public FrozenSet<string> Future { get; }
    public FrozenSet<string> Negations { get; }
    public FrozenSet<string> Adverbs { get; }
    public FrozenSet<string> Subordinators { get; }
    public FrozenSet<string> Relatives { get; }
    public FrozenSet<string> Pronouns { get; }
    public FrozenSet<string> Conjunctions { get; }
    public FrozenSet<string> PlannedCues { get; }
    public FrozenSet<string> HypotheticalCues { get; }
    public FrozenSet<string> DeniedCues { get; }
    public FrozenSet<string> NegatingCues { get; }
    public FrozenSet<string> EvidentialCues { get; }
    public FrozenSet<string> SpeechVerbs { get; }

    /// <summary>True for words that behave as verbs around an event verb: cues, speech verbs, auxiliaries, modals.</summary>
    public bool IsVerbLike(string norm) =>
        Auxiliaries.Contains(norm) || Modals.Contains(norm) || Future.Contains(norm) || PlannedCues.Contains(norm)
        || HypotheticalCues.Contains(norm) || DeniedCues.Contains(norm) || NegatingCues.Contains(norm)
        || EvidentialCues.Contains(norm) || SpeechVerbs.Contains(norm);

    public static WordClasses Load(IEnumerable<(int LineNumber, string Line)> lines)
    {
        var classes = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var (number, line) in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0)
                throw new FormatException($"words line {number}: expected 'class<TAB>words'.");
            classes[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
        }

        return new WordClasses(classes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private FrozenSet<string> Get(string name) =>
        _classes.TryGetValue(name, out var set) ? set : throw new FormatException($"words: missing class '{name}'.");
}
