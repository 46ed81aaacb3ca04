using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Extraction.Html;

/// <summary>What a short line of page furniture does to the body.</summary>
internal enum PhraseKind : byte
{
    None,

    /// <summary>The line alone is dropped ("Advertisement", "Share this").</summary>
    Line,

    /// <summary>The line heads a teaser or author section ("Related articles"): it and what follows are dropped.</summary>
    Section,

    /// <summary>A call to action ("Follow us on …", "Subscribe now …"): a block holding it is dropped at the body's end.</summary>
    Tail,
}

/// <summary>Reads <c>Resources/extraction/html/boilerplate-phrases.tsv</c> and recognises those lines.</summary>
internal sealed class BoilerplatePhrases
{
    /// <summary>Longer blocks are prose, whatever words they start with.</summary>
    public const int MaxLineLength = 80;

    /// <summary>A closing call to action is a sentence or two; a longer block that holds one of its phrases is prose.</summary>
    public const int MaxCallToActionLength = 320;

    private static readonly Lazy<BoilerplatePhrases> LazyDefault = new(() => Load(EmbeddedResources.ReadDataLines("extraction/html/boilerplate-phrases.tsv")));

    private readonly FrozenDictionary<string, PhraseKind> exact;
    private readonly (string Prefix, PhraseKind Kind)[] prefixes;
    private readonly string[] callsToAction;

    private BoilerplatePhrases(FrozenDictionary<string, PhraseKind> exact, (string, PhraseKind)[] prefixes, string[] callsToAction)
    {
        this.exact = exact;
        this.prefixes = prefixes;
        this.callsToAction = callsToAction;
    }

    public static BoilerplatePhrases Default => LazyDefault.Value;

    public static BoilerplatePhrases Load(IEnumerable<(int LineNumber, string Line)> lines)
    {
        var exact = new Dictionary<string, PhraseKind>(StringComparer.Ordinal);
        var prefixes = new List<(string, PhraseKind)>();
        var callsToAction = new List<string>();
        foreach (var (number, line) in lines)
        {
            var parts = line.Split('\t');
            var kind = parts.Length == 3 ? parts[0] switch { "line" => PhraseKind.Line, "section" => PhraseKind.Section, "tail" => PhraseKind.Tail, _ => PhraseKind.None } : PhraseKind.None;
            var match = kind == PhraseKind.Tail ? parts[1] is "contains" : parts.Length == 3 && parts[1] is "exact" or "prefix";
            if (kind == PhraseKind.None || !match)
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"boilerplate-phrases line {number}: expected 'line|section TAB exact|prefix TAB phrase' or 'tail TAB contains TAB phrase'."));
            var phrase = parts[2].Trim().ToLowerInvariant();
            if (kind == PhraseKind.Tail)
                callsToAction.Add(phrase);
            else if (parts[1] == "exact")
                exact[Normalize(phrase)] = kind;
            else
                prefixes.Add((phrase, kind));
        }

        return new BoilerplatePhrases(exact.ToFrozenDictionary(StringComparer.Ordinal), [.. prefixes], [.. callsToAction]);
    }

    public PhraseKind Classify(string block)
    {
        if (block.Length > MaxLineLength)
            return PhraseKind.None;
        var line = block.ToLowerInvariant();
        if (exact.TryGetValue(Normalize(line), out var kind))
            return kind;
        foreach (var (prefix, prefixKind) in prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
                return prefixKind;
        }

        return PhraseKind.None;
    }

    /// <summary>Whether the block is short and holds a call to action ("follow us on", "abonnez-vous"), as blocks at a body's end do.</summary>
    public bool IsCallToAction(string block)
    {
        if (block.Length > MaxCallToActionLength)
            return false;
        foreach (var phrase in callsToAction)
        {
            if (block.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    private static string Normalize(string line) => line.Trim().TrimEnd(':', '…', '»', '›', '.', '!', ' ', '>').Trim();
}
