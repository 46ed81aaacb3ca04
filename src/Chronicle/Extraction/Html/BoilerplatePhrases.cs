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
}

/// <summary>Reads <c>Resources/extraction/html/boilerplate-phrases.tsv</c> and recognises those lines.</summary>
internal sealed class BoilerplatePhrases
{
    /// <summary>Longer blocks are prose, whatever words they start with.</summary>
    public const int MaxLineLength = 80;

    private static readonly Lazy<BoilerplatePhrases> LazyDefault = new(() => Load(EmbeddedResources.ReadDataLines("extraction/html/boilerplate-phrases.tsv")));

    private readonly FrozenDictionary<string, PhraseKind> exact;
    private readonly (string Prefix, PhraseKind Kind)[] prefixes;

    private BoilerplatePhrases(FrozenDictionary<string, PhraseKind> exact, (string, PhraseKind)[] prefixes)
    {
        this.exact = exact;
        this.prefixes = prefixes;
    }

    public static BoilerplatePhrases Default => LazyDefault.Value;

    public static BoilerplatePhrases Load(IEnumerable<(int LineNumber, string Line)> lines)
    {
        var exact = new Dictionary<string, PhraseKind>(StringComparer.Ordinal);
        var prefixes = new List<(string, PhraseKind)>();
        foreach (var (number, line) in lines)
        {
            var parts = line.Split('\t');
            var kind = parts.Length == 3 ? parts[0] switch { "line" => PhraseKind.Line, "section" => PhraseKind.Section, _ => PhraseKind.None } : PhraseKind.None;
            if (kind == PhraseKind.None || parts[1] is not ("exact" or "prefix"))
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"boilerplate-phrases line {number}: expected 'line|section TAB exact|prefix TAB phrase'."));
            var phrase = parts[2].Trim().ToLowerInvariant();
            if (parts[1] == "exact")
                exact[Normalize(phrase)] = kind;
            else
                prefixes.Add((phrase, kind));
        }

        return new BoilerplatePhrases(exact.ToFrozenDictionary(StringComparer.Ordinal), [.. prefixes]);
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

    private static string Normalize(string line) => line.Trim().TrimEnd(':', '…', '»', '›', '.', '!', ' ', '>').Trim();
}
