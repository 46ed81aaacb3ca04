using System.Collections.Frozen;

namespace Chronicle.Extraction.LanguageDetection;

/// <summary>The stopwords of one language, and how densely a text uses them (the signal of running prose, as jusText uses it).</summary>
public sealed class StopwordProfile
{
    // Words longer than this are never stopwords; the limit keeps the lowercase buffer on the stack.
    internal const int MaxWordLength = 24;

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
        var position = 0;
        while (NextWord(text, ref position, buffer, out var word))
        {
            words++;
            if (!word.IsEmpty && lookup.Contains(word))
                stops++;
        }

        return (words, stops);
    }

    /// <summary>True when the lowercase word is one of this language's stopwords.</summary>
    public bool Contains(ReadOnlySpan<char> lowercaseWord) => lookup.Contains(lowercaseWord);

    /// <summary>
    /// Reads the word (a run of letters and apostrophes) at or after <paramref name="position"/> in <paramref name="text"/>,
    /// lowercased into <paramref name="buffer"/>, and moves past it; a word longer than the buffer is returned empty
    /// (it is never a stopword). False when no word is left.
    /// </summary>
    public static bool NextWord(ReadOnlySpan<char> text, ref int position, Span<char> buffer, out ReadOnlySpan<char> word)
    {
        var i = position;
        while (i < text.Length && !char.IsLetter(text[i]))
            i++;
        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
            i++;
        var length = i - start;
        var source = text.Slice(start, length);
        position = i;
        if (length == 0)
        {
            word = default;
            return false;
        }

        if (length > buffer.Length)
        {
            word = ReadOnlySpan<char>.Empty;
            return true;
        }

        source.ToLowerInvariant(buffer);
        word = buffer[..length];
        return true;
    }

    /// <summary>Share of words that are stopwords; 0 for a text without words.</summary>
    public double Density(ReadOnlySpan<char> text)
    {
        var (words, stops) = Count(text);
        return words == 0 ? 0 : (double)stops / words;
    }
}
