namespace Chronicle.Merge;

/// <summary>Hashes a text's overlapping word n-grams (shingles) after folding case and dropping punctuation, so that
/// copies differing only in typography, spacing or boilerplate around the body share most shingles.</summary>
public static class Shingler
{
    public const int DefaultWords = 5;

    /// <summary>The distinct shingle hashes of <paramref name="text"/>, sorted ascending (for fast set overlap).</summary>
    public static ulong[] Shingle(ReadOnlySpan<char> text, int words = DefaultWords)
    {
        var wordHashes = new List<ulong>(text.Length / 6 + 1);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
                i++;
            if (i >= text.Length)
                break;
            var hash = FnvOffset;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
            {
                var c = text[i++];
                if (!char.IsLetterOrDigit(c))
                    continue;
                hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
            }

            wordHashes.Add(hash);
        }

        if (wordHashes.Count == 0)
            return [];
        var n = Math.Min(words, wordHashes.Count);
        var set = new HashSet<ulong>(wordHashes.Count);
        for (var start = 0; start + n <= wordHashes.Count; start++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var k = 0; k < n; k++)
                h = Mix(h ^ wordHashes[start + k]);
            set.Add(h);
        }

        var result = set.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>Apostrophes inside words (<c>Russia’s</c>, <c>don't</c>) do not split them.</summary>
    private static bool IsInnerJoiner(ReadOnlySpan<char> text, int i) =>
        (text[i] == '\'' || text[i] == '’') && i + 1 < text.Length && char.IsLetter(text[i + 1]);

    /// <summary>A strong 64-bit finaliser (from SplitMix64), so shingle hashes are well spread for MinHash.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }

    private const ulong FnvOffset = 0xcbf29ce484222325UL;
    private const ulong FnvPrime = 0x100000001b3UL;
}
