using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Extraction.Agencies;

/// <summary>The wire agencies and their aliases (data: <c>Resources/extraction/agencies.tsv</c>), compiled at load time
/// into a lookup keyed by an alias's first word so that scanning a line costs one lookup per word.</summary>
public sealed class AgencyCatalog
{
    /// <summary>Aliases this short are acronyms ("AP", "dpa"): they match only as written or in capitals.</summary>
    private const int StrictCaseMaxLength = 3;

    private readonly FrozenDictionary<string, Alias[]> _byFirstWord;
    private readonly FrozenDictionary<string, Alias[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private AgencyCatalog(IEnumerable<(string Agency, string Alias)> aliases)
    {
        var entries = aliases
            .DistinctBy(a => a.Alias, StringComparer.Ordinal)
            .Select(a => new Alias(a.Agency, a.Alias, a.Alias.Length <= StrictCaseMaxLength))
            .ToList();
        Entries = entries.Select(e => (e.Agency, e.Text)).ToList();
        _byFirstWord = entries
            .GroupBy(e => FirstWord(e.Text), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Text.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Agencies = entries.Select(e => e.Agency).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The bundled list.</summary>
    public static AgencyCatalog Default { get; } = LoadDefault();

    /// <summary>Canonical names, in file order.</summary>
    public IReadOnlyList<string> Agencies { get; }

    /// <summary>Every (canonical, alias) pair, the canonical name included.</summary>
    public IReadOnlyList<(string Agency, string Alias)> Entries { get; }

    /// <summary>Reads a user file in the format of <c>agencies.tsv</c>; a malformed line is a failure naming it.</summary>
    public static Result<AgencyCatalog> Load(TextReader reader, string sourceName)
    {
        var pairs = new List<(string, string)>();
        foreach (var (number, line) in EmbeddedResources.ReadDataLines(reader))
        {
            var columns = line.Split('\t');
            var canonical = columns[0].Trim();
            if (canonical.Length == 0 || columns.Length > 2)
                return Result<AgencyCatalog>.Fail(string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{number}: expected 'name<TAB>alias|alias'"));
            pairs.Add((canonical, canonical));
            if (columns.Length == 2)
            {
                foreach (var alias in columns[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    pairs.Add((canonical, alias));
            }
        }

        return new AgencyCatalog(pairs);
    }

    /// <summary>This catalog plus another's agencies (a user file); on a shared alias the earlier one wins.</summary>
    public AgencyCatalog With(AgencyCatalog other) => new(Entries.Concat(other.Entries));

    /// <summary>Every agency alias in <paramref name="text"/>, left to right, longest alias first at a position.</summary>
    public List<AgencyMatch> FindAll(ReadOnlySpan<char> text)
    {
        var found = new List<AgencyMatch>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            if (TryMatchAt(text, i, out var match))
            {
                found.Add(match);
                i = match.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>The agency whose alias is the whole of <paramref name="text"/> (trimmed), if any.</summary>
    public string? MatchWhole(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length > 0 && TryMatchAt(text, 0, out var match) && match.Length == text.Length ? match.Agency : null;
    }

    private bool TryMatchAt(ReadOnlySpan<char> text, int start, out AgencyMatch match)
    {
        var rest = text[start..];
        var wordLength = 0;
        while (wordLength < rest.Length && char.IsLetterOrDigit(rest[wordLength]))
            wordLength++;
        if (wordLength > 0 && _lookup.TryGetValue(rest[..wordLength], out var candidates))
        {
            foreach (var alias in candidates)
            {
                if (alias.Matches(rest))
                {
                    match = new AgencyMatch(alias.Agency, start, alias.Text.Length);
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    private static string FirstWord(string alias)
    {
        var length = 0;
        while (length < alias.Length && char.IsLetterOrDigit(alias[length]))
            length++;
        return alias[..length];
    }

    private static AgencyCatalog LoadDefault()
    {
        using var reader = new StreamReader(EmbeddedResources.Open("extraction/agencies.tsv"));
        var loaded = Load(reader, "agencies.tsv");
        return loaded.Value ?? throw new InvalidDataException(loaded.Error);
    }

    private sealed record Alias(string Agency, string Text, bool StrictCase)
    {
        public bool Matches(ReadOnlySpan<char> rest)
        {
            if (rest.Length < Text.Length || (rest.Length > Text.Length && char.IsLetterOrDigit(rest[Text.Length])))
                return false;
            var candidate = rest[..Text.Length];
            if (!StrictCase)
                return candidate.Equals(Text, StringComparison.OrdinalIgnoreCase);
            return candidate.SequenceEqual(Text) || IsUpperOf(candidate, Text);
        }

        private static bool IsUpperOf(ReadOnlySpan<char> candidate, string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (candidate[i] != char.ToUpperInvariant(text[i]))
                    return false;
            }

            return true;
        }
    }
}
