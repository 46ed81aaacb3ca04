using System.Collections.Frozen;

namespace Chronicle.Extraction.Text;

/// <summary>A documented phrase list (a data file under <c>Resources/extraction/text/</c>): each entry is a whole line
/// ("subscribe now"), a prefix ("get the latest *") or a suffix ("* all rights reserved"), compared with
/// <see cref="LineText.Normalize"/>d lines; single-word entries also serve <see cref="ContainsWord"/>.</summary>
public sealed class PhraseSet
{
    private readonly FrozenSet<string> _whole;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _wholeLookup;
    private readonly string[] _prefixes;
    private readonly string[] _suffixes;
    private readonly string[] _multiWord;

    private PhraseSet(IEnumerable<string> entries)
    {
        var whole = new List<string>();
        var prefixes = new List<string>();
        var suffixes = new List<string>();
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (entry.EndsWith(" *", StringComparison.Ordinal))
                prefixes.Add(LineText.Normalize(entry.AsSpan(0, entry.Length - 2)));
            else if (entry.StartsWith("* ", StringComparison.Ordinal))
                suffixes.Add(LineText.Normalize(entry.AsSpan(2)));
            else
                whole.Add(LineText.Normalize(entry));
        }

        _whole = whole.ToFrozenSet(StringComparer.Ordinal);
        _wholeLookup = _whole.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = [.. prefixes];
        _suffixes = [.. suffixes];
        _multiWord = [.. whole.Where(w => w.Contains(' ', StringComparison.Ordinal))];
    }

    /// <summary>Loads a bundled list by its path below Resources.</summary>
    public static PhraseSet FromResource(string relativePath) =>
        new(EmbeddedResources.ReadDataLines(relativePath).Select(l => l.Line));

    public static PhraseSet FromLines(IEnumerable<string> entries) => new(entries);

    /// <summary>Whether a normalized line is one of the phrases, starts with a prefix or ends with a suffix (at a word
    /// boundary).</summary>
    public bool MatchesLine(string normalized)
    {
        if (_whole.Contains(normalized))
            return true;
        foreach (var prefix in _prefixes)
        {
            if (normalized.StartsWith(prefix, StringComparison.Ordinal) && (normalized.Length == prefix.Length || !char.IsLetterOrDigit(normalized[prefix.Length])))
                return true;
        }

        return MatchesSuffix(normalized);
    }

    /// <summary>Whether a normalized line ends with one of the suffix entries (at a word boundary).</summary>
    public bool MatchesSuffix(string normalized)
    {
        foreach (var suffix in _suffixes)
        {
            if (normalized.EndsWith(suffix, StringComparison.Ordinal) && (normalized.Length == suffix.Length || !char.IsLetterOrDigit(normalized[^(suffix.Length + 1)])))
                return true;
        }

        return false;
    }

    /// <summary>Whether any word of the text (any case) is a single-word entry, or a multi-word entry occurs in it.</summary>
    public bool ContainsWord(ReadOnlySpan<char> text)
    {
        Span<char> lower = stackalloc char[32];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            var word = text[start..i];
            if (word.Length <= lower.Length)
            {
                var length = word.ToLowerInvariant(lower);
                if (_wholeLookup.Contains(lower[..length]))
                    return true;
            }
        }

        if (_multiWord.Length == 0)
            return false;
        var normalized = LineText.Normalize(text);
        foreach (var phrase in _multiWord)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal))
                return true;
        }

        return false;
    }
}
