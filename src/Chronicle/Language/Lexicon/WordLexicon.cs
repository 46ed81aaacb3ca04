using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Chronicle.Language.Lexicon;

/// <summary>Lemmas and verb forms: irregular verbs and exceptions as data, regular forms by <see cref="SuffixRules"/>.
/// Normal forms and lemmas are cached per distinct word so that a corpus allocates each string once.</summary>
internal sealed class WordLexicon
{
    /// <summary>Bounds the cache so that adversarial input (a megabyte of distinct words) cannot grow it without limit.</summary>
    private const int MaxCachedWords = 200_000;

    private readonly FrozenDictionary<string, string> _forms;
    private readonly FrozenSet<string> _irregularPast;
    private readonly FrozenSet<string> _irregularParticiples;
    private readonly ConcurrentDictionary<string, WordForms> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordForms>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;

    public WordLexicon(IEnumerable<(int LineNumber, string[] Columns)> irregularVerbs, IEnumerable<(int LineNumber, string[] Columns)> lemmas)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, columns) in lemmas)
        {
            if (columns.Length < 2)
                throw new FormatException($"lemmas.tsv line {number}: expected form and lemma.");
            forms.TryAdd(columns[0].ToLowerInvariant(), columns[1].ToLowerInvariant());
        }

        var past = new HashSet<string>(StringComparer.Ordinal);
        var participles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, columns) in irregularVerbs)
        {
            if (columns.Length < 3)
                throw new FormatException($"irregular-verbs.tsv line {number}: expected base, past and participle.");
            var baseForm = columns[0].ToLowerInvariant();
            foreach (var form in columns[1].Split('|'))
            {
                past.Add(form);
                forms.TryAdd(form, baseForm);
            }

            foreach (var form in columns[2].Split('|'))
            {
                participles.Add(form);
                forms.TryAdd(form, baseForm);
            }
        }

        _forms = forms.ToFrozenDictionary(StringComparer.Ordinal);
        _irregularPast = past.ToFrozenSet(StringComparer.Ordinal);
        _irregularParticiples = participles.ToFrozenSet(StringComparer.Ordinal);
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The normal form and lemma of a word already in normal form (lower case, straight apostrophes).</summary>
    public WordForms Forms(ReadOnlySpan<char> norm)
    {
        if (_cacheBySpan.TryGetValue(norm, out var cached))
            return cached;
        var text = norm.ToString();
        var forms = new WordForms(text, Lemma(text));
        if (_cache.Count < MaxCachedWords)
            _cache.TryAdd(text, forms);
        return forms;
    }

    public string Lemma(string norm)
    {
        if (_forms.TryGetValue(norm, out var lemma))
            return lemma;
        return SuffixRules.Lemma(norm);
    }

    /// <summary>True for a simple past form: an irregular past (<c>oversaw</c>) or a regular <c>-ed</c> form.</summary>
    public bool IsPastForm(string norm) =>
        _irregularPast.Contains(norm)
        || (norm.Length > 4 && norm.EndsWith("ed", StringComparison.Ordinal) && Lemma(norm) != norm);

    public bool IsIrregularParticiple(string norm) => _irregularParticiples.Contains(norm);
}

/// <summary>A word's normal form and lemma, shared between its occurrences.</summary>
internal readonly record struct WordForms(string Norm, string Lemma);
