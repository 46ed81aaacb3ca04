namespace Chronicle.Language.Lexicon;

/// <summary>Suffix rules for regular English inflections (-s, -es, -ies, -ed, -ied, -ing), in the spirit of Porter's step 1
/// but returning words rather than stems: <c>troops</c>→<c>troop</c>, <c>agreed</c>→<c>agree</c>, <c>stopped</c>→<c>stop</c>,
/// <c>pledged</c>→<c>pledge</c>. Words the rules get wrong belong in lemmas.tsv, which is consulted first.</summary>
internal static class SuffixRules
{
    public static string Lemma(string word)
    {
        if (word.Length <= 3 || !IsPlainWord(word))
            return word;
        if (word.EndsWith("ies", StringComparison.Ordinal))
            return word.Length <= 4 ? word[..^1] : string.Concat(word.AsSpan(0, word.Length - 3), "y");
        if (word.EndsWith("ied", StringComparison.Ordinal))
            return word.Length <= 4 ? word[..^1] : string.Concat(word.AsSpan(0, word.Length - 3), "y");
        if (word.EndsWith("eed", StringComparison.Ordinal))
            return word[..^1];
        if (word.EndsWith("ed", StringComparison.Ordinal))
            return Restore(word.AsSpan(0, word.Length - 2), word);
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length >= 5)
            return Restore(word.AsSpan(0, word.Length - 3), word);
        if (word[^1] == 's')
            return Singular(word);
        return word;
    }

    private static string Singular(string word)
    {
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
            return word;
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("zzes", StringComparison.Ordinal))
            return word[..^2];
        return word[..^1];
    }

    /// <summary>Turns the stem left by -ed or -ing into a word: undoubles a final consonant (<c>stopp</c>→<c>stop</c>)
    /// and restores a silent e where English drops it (<c>pledg</c>→<c>pledge</c>, <c>hop</c>→<c>hope</c>).</summary>
    private static string Restore(ReadOnlySpan<char> stem, string word)
    {
        if (stem.Length < 2 || !ContainsVowel(stem))
            return word;
        var last = stem[^1];
        if (stem.Length >= 3 && last == stem[^2] && !IsVowel(last) && last is not ('l' or 's' or 'z' or 'f'))
            return stem[..^1].ToString();
        if (NeedsSilentE(stem))
            return string.Concat(stem, "e");
        return stem.ToString();
    }

    private static bool NeedsSilentE(ReadOnlySpan<char> stem)
    {
        var last = stem[^1];
        if (last is 'c' or 'v' or 'z')
            return true;
        if (stem.EndsWith("bl") || stem.EndsWith("iz") || stem.EndsWith("yz") || stem.EndsWith("dg") || stem.EndsWith("rg")
            || stem.EndsWith("ang") || stem.EndsWith("eng"))
            return true;
        if (stem.Length >= 3 && stem.EndsWith("at") && stem[^3] is not ('e' or 'o'))
            return true; // negotiat-e, stat-e; but treat, float
        if (stem.Length >= 3 && !IsVowel(stem[^3]) && IsVowel(stem[^2]))
        {
            // provid-e, includ-e, explod-e, invad-e, execut-e, rul-e, declar-e, fir-e, secur-e; but avoid, tout, foul, enter.
            if (last == 'd' || (last == 't' && stem[^2] == 'u') || (last == 'l' && stem[^2] == 'u') || (last == 'r' && stem[^2] != 'e'))
                return true;
        }

        if (last == 's' && IsVowel(stem[^2]))
            return true;
        return IsShortSyllable(stem);
    }

    /// <summary>A one-syllable stem ending consonant-vowel-consonant (<c>hop</c>, <c>vot</c>, <c>mak</c>) lost an e.</summary>
    private static bool IsShortSyllable(ReadOnlySpan<char> stem)
    {
        if (stem.Length is < 3 or > 4)
            return false;
        var c3 = stem[^1];
        if (IsVowel(c3) || c3 is 'w' or 'x' or 'y' || !IsVowel(stem[^2]) || IsVowel(stem[^3]))
            return false;
        var groups = 0;
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i]) && (i == 0 || !IsVowel(stem[i - 1])))
                groups++;
        }

        return groups == 1;
    }

    private static bool ContainsVowel(ReadOnlySpan<char> stem)
    {
        foreach (var c in stem)
        {
            if (IsVowel(c) || c == 'y')
                return true;
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsPlainWord(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z' and not '\'')
                return false;
        }

        return true;
    }
}
