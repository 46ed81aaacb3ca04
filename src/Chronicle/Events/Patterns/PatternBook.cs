using System.Collections.Frozen;

namespace Chronicle.Events.Patterns;

/// <summary>The compiled verb and noun patterns: surface forms to lemmas, and per head the patterns to try, longest first.
/// Built once (dictionaries loaded once per process), immutable and thread-safe.</summary>
public sealed class PatternBook
{
    private static readonly Lazy<PatternBook> DefaultBook = new(() =>
        Build(CameoCodebook.Default, PatternFileReader.Read(EmbeddedResources.ReadDataLines("events/patterns.tsv"))));

    private readonly FrozenDictionary<string, string> _lemmas;
    private readonly FrozenDictionary<string, VerbPattern[]> _verbPatterns;
    private readonly FrozenDictionary<string, VerbPattern[]> _nounPatterns;
    private readonly string[] _mutualPrefixes;

    private PatternBook(FrozenDictionary<string, string> lemmas, FrozenDictionary<string, VerbPattern[]> verbPatterns,
        FrozenDictionary<string, VerbPattern[]> nounPatterns, string[] mutualPrefixes, IReadOnlyList<string> skipped)
    {
        _lemmas = lemmas;
        _verbPatterns = verbPatterns;
        _nounPatterns = nounPatterns;
        _mutualPrefixes = mutualPrefixes;
        Skipped = skipped;
    }

    /// <summary>The embedded patterns (<c>events/patterns.tsv</c>).</summary>
    public static PatternBook Default => DefaultBook.Value;

    /// <summary>Lines of the sources that were not used (unsupported TABARI phrases, codes missing from the codebook).</summary>
    public IReadOnlyList<string> Skipped { get; }

    public IEnumerable<VerbPattern> Patterns => _verbPatterns.Values.Concat(_nounPatterns.Values).SelectMany(p => p).Distinct();

    /// <summary>Merges pattern sources in order; a pattern whose code is not in <paramref name="codebook"/> is skipped and reported.</summary>
    public static PatternBook Build(CameoCodebook codebook, params PatternDefinitions[] sources)
    {
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        var verbs = new Dictionary<string, List<VerbPattern>>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, List<VerbPattern>>(StringComparer.Ordinal);
        var skipped = new List<string>();
        var mutual = new List<string>();
        var order = 0;
        foreach (var source in sources)
        {
            skipped.AddRange(source.Skipped);
            mutual.AddRange(source.MutualPrefixes);
            foreach (var pattern in source.Patterns)
            {
                if (!codebook.TryGet(pattern.Code, out _))
                {
                    skipped.Add($"{pattern.Id}: code {pattern.Code} is not in the codebook");
                    continue;
                }

                var into = pattern.Nominal ? nouns : verbs;
                if (!into.TryGetValue(pattern.Head, out var list))
                    into[pattern.Head] = list = [];
                list.Add(pattern with { Order = order++ });
                if (!pattern.Nominal)
                {
                    foreach (var form in VerbForms.Regular(pattern.Head))
                        lemmas.TryAdd(form, pattern.Head);
                }
            }

            foreach (var (form, lemma) in source.Forms)
                lemmas[form] = lemma;
        }

        return new PatternBook(
            lemmas.ToFrozenDictionary(StringComparer.Ordinal),
            verbs.ToFrozenDictionary(kv => kv.Key, kv => Sorted(kv.Value), StringComparer.Ordinal),
            nouns.ToFrozenDictionary(kv => kv.Key, kv => Sorted(kv.Value), StringComparer.Ordinal),
            mutual.Distinct().ToArray(),
            skipped);
    }

    /// <summary>The head lemma a surface form belongs to, or null when no pattern starts with it.</summary>
    public string? VerbLemma(string norm, string lemma)
    {
        if (_verbPatterns.ContainsKey(lemma))
            return lemma;
        return _lemmas.TryGetValue(norm, out var found) && _verbPatterns.ContainsKey(found) ? found : null;
    }

    /// <summary>True when <paramref name="norm"/> is a known form of a pattern verb (for telling verbs from other words).</summary>
    public bool IsVerbForm(string norm) => _lemmas.ContainsKey(norm);

    public IReadOnlyList<VerbPattern> VerbPatterns(string lemma) =>
        _verbPatterns.TryGetValue(lemma, out var patterns) ? patterns : [];

    public IReadOnlyList<VerbPattern> NounPatterns(string norm)
    {
        if (_nounPatterns.TryGetValue(norm, out var patterns))
            return patterns;
        return norm.Length > 3 && norm[^1] == 's' && _nounPatterns.TryGetValue(norm[..^1], out patterns) ? patterns : [];
    }

    /// <summary>True when the code's events go both ways between compound actors (consultations, agreements, fighting).</summary>
    public bool IsMutual(string code)
    {
        foreach (var prefix in _mutualPrefixes)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private static VerbPattern[] Sorted(List<VerbPattern> patterns) =>
        patterns.OrderByDescending(p => p.Elements.Count).ThenBy(p => p.Order).ToArray();
}
