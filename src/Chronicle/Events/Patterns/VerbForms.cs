namespace Chronicle.Events.Patterns;

/// <summary>Regular English inflections of a verb lemma, generated so pattern files list only irregular forms.
/// Over-generation (<c>agreing</c>) is harmless: such strings never occur in text.</summary>
internal static class VerbForms
{
    public static IEnumerable<string> Regular(string lemma)
    {
        yield return lemma;
        yield return lemma + "s";
        yield return lemma + "es";
        yield return lemma + "ed";
        yield return lemma + "ing";
        if (lemma.EndsWith('e'))
        {
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
        }

        if (lemma.Length > 2 && lemma[^1] == 'y' && !IsVowel(lemma[^2]))
        {
            yield return lemma[..^1] + "ies";
            yield return lemma[..^1] + "ied";
        }

        if (lemma.Length > 2 && !IsVowel(lemma[^1]) && IsVowel(lemma[^2]) && lemma[^1] is not ('w' or 'x' or 'y'))
        {
            yield return lemma + lemma[^1] + "ed";
            yield return lemma + lemma[^1] + "ing";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
