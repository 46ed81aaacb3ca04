using System.Collections.Frozen;

namespace Chronicle.Extraction.LanguageDetection;

/// <summary>The stopwords of one language, and how densely a text uses them (the signal of running prose, as jusText uses it).</summary>
public sealed class StopwordProfile
{
    // Words longer than this are never stopwords; the limit keeps the lowercase buffer on the stack.
    private const int MaxWordLength = 24;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StopwordProfile(string language, IEnumerable<string> words)
    {
        Language = language;
        var set = words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>ISO 639-1 code.</summary>
    public string Language { get; }

    /// <summary>Counts the words of <paramref name="text"/> (runs of letters) and how many of them are stopwords.</summary>
    public (int Words, int Stopwords) Count(ReadOnlySpan<char> text)
    {
        int words = 0, stops = 0;
        Span<char> buffer = stackalloc char[MaxWordLength];
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
                i++;
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
                i++;
            var length = i - start;
            if (length == 0)
                continue;
            words++;
            if (length > MaxWordLength)
                continue;
            var word = buffer[..length];
            text.Slice(start, length).ToLowerInvariant(word);
            if (lookup.Contains(word))
                stops++;
        }

        return (words, stops);
    }

    /// <summary>Share of words that are stopwords; 0 for a text without words.</summary>
    public double Density(ReadOnlySpan<char> text)
    {
        var (words, stops) = Count(text);
        return words == 0 ? 0 : (double)stops / words;
    }
}
