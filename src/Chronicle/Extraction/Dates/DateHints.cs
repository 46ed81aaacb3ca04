using System.Collections.Frozen;

namespace Chronicle.Extraction.Dates;

/// <summary>The data the HTML finder reads pages with, loaded once from <c>Resources/extraction/dates</c>: which
/// <c>&lt;meta&gt;</c> names carry dates, which class and id tokens mark date elements, which words label a printed date.</summary>
internal sealed class DateHints
{
    private readonly FrozenDictionary<string, DateKind> metaNames;
    private readonly (string Token, DateKind Kind)[] markupTokens;
    private readonly FrozenDictionary<string, DateKind>.AlternateLookup<ReadOnlySpan<char>> textLabels;

    public static DateHints Default { get; } = new();

    private DateHints()
    {
        metaNames = Load("meta-names.tsv").ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        // Skip tokens first: "comment-date" is a comment's date whatever else its class says.
        markupTokens = Load("markup-hints.tsv").Select(pair => (pair.Key, pair.Value)).OrderByDescending(pair => pair.Value == DateKind.Skip).ToArray();
        textLabels = Load("text-labels.tsv").ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryMetaName(string name, out DateKind kind) => metaNames.TryGetValue(name, out kind);

    /// <summary>What a class or id attribute says about an element's date; <see cref="DateKind.Unlabelled"/> when it says nothing.</summary>
    public DateKind Markup(string? attribute)
    {
        if (string.IsNullOrEmpty(attribute))
            return DateKind.Unlabelled;
        var found = DateKind.Unlabelled;
        foreach (var (token, kind) in markupTokens)
        {
            if (!attribute.Contains(token, StringComparison.OrdinalIgnoreCase))
                continue;
            if (kind is DateKind.Skip or DateKind.Modified)
                return kind;
            found = kind;
        }

        return found;
    }

    public DateKind TextLabel(ReadOnlySpan<char> word) => textLabels.TryGetValue(word, out var kind) ? kind : DateKind.Unlabelled;

    private static Dictionary<string, DateKind> Load(string file)
    {
        var map = new Dictionary<string, DateKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, line) in EmbeddedResources.ReadDataLines("extraction/dates/" + file))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0 || !Enum.TryParse<DateKind>(line.AsSpan(tab + 1).Trim(), ignoreCase: true, out var kind))
                throw new InvalidDataException($"{file} line {number}: expected a name, a tab and a kind.");
            map[line[..tab]] = kind;
        }

        return map;
    }
}
