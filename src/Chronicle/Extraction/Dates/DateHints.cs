using System.Collections.Frozen;

namespace Chronicle.Extraction.Dates;

/// <summary>The data the HTML finder reads pages with, loaded once from <c>Resources/extraction/dates</c>: which
/// <c>&lt;meta&gt;</c> names carry dates, which class and id tokens mark date elements, which words label a printed date.</summary>
internal sealed class DateHints
{
    private readonly FrozenDictionary<string, DateKind> metaNames;
    private readonly (string Token, MarkupHint Hint)[] markupTokens;
    private readonly FrozenDictionary<string, DateKind>.AlternateLookup<ReadOnlySpan<char>> textLabels;

    public static DateHints Default { get; } = new();

    private DateHints()
    {
        metaNames = Load<DateKind>("meta-names.tsv").ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        markupTokens = Load<MarkupHint>("markup-hints.tsv").Select(pair => (pair.Key, pair.Value)).ToArray();
        textLabels = Load<DateKind>("text-labels.tsv").ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryMetaName(string name, out DateKind kind) => metaNames.TryGetValue(name, out kind);

    public DateKind TextLabel(ReadOnlySpan<char> word) => textLabels.TryGetValue(word, out var kind) ? kind : DateKind.Unlabelled;

    /// <summary>What a class or id attribute says about the dates in an element. Attributes are cut into parts at spaces,
    /// dashes, underscores and camel-case humps ("post-date", "publishDate"); a part matches a token it starts with. Foreign
    /// and chrome tokens must be a class's first or last part: "related-posts" and "site-footer" hold other pages' dates,
    /// "sticky-sidebar-parent" is a layout flag on the article itself. The strongest hint wins: foreign, chrome, modified, published.</summary>
    public MarkupHint Markup(string? attribute)
    {
        var found = MarkupHint.None;
        if (string.IsNullOrEmpty(attribute))
            return found;
        var span = attribute.AsSpan();
        var start = 0;
        var wordStart = 0;
        for (var i = 1; i <= span.Length; i++)
        {
            var endOfWord = i == span.Length || char.IsWhiteSpace(span[i]);
            var boundary = endOfWord || span[i] is '-' or '_' or ':' or '.' || (char.IsUpper(span[i]) && char.IsLower(span[i - 1]));
            if (!boundary)
                continue;
            if (i > start && !char.IsWhiteSpace(span[start]))
                found = Max(found, Part(span[start..i], edge: start == wordStart || endOfWord));
            start = i < span.Length && (endOfWord || span[i] is '-' or '_' or ':' or '.') ? i + 1 : i;
            if (endOfWord)
                wordStart = start;
        }

        return found;
    }

    private MarkupHint Part(ReadOnlySpan<char> part, bool edge)
    {
        var found = MarkupHint.None;
        foreach (var (token, hint) in markupTokens)
        {
            if ((hint is MarkupHint.Foreign or MarkupHint.Chrome && !edge) || !part.StartsWith(token, StringComparison.OrdinalIgnoreCase))
                continue;
            found = Max(found, hint);
        }

        return found;
    }

    /// <summary>Hints rank by their enum order: a date element inside a comment is a comment's date.</summary>
    public static MarkupHint Max(MarkupHint a, MarkupHint b) => (MarkupHint)Math.Max((int)a, (int)b);

    private static Dictionary<string, T> Load<T>(string file)
        where T : struct, Enum
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, line) in EmbeddedResources.ReadDataLines("extraction/dates/" + file))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0 || !Enum.TryParse<T>(line.AsSpan(tab + 1).Trim(), ignoreCase: true, out var value))
                throw new InvalidDataException($"{file} line {number}: expected a name, a tab and a kind.");
            map[line[..tab]] = value;
        }

        return map;
    }
}
