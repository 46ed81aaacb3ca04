using System.Collections.Frozen;

namespace Chronicle.Extraction.LanguageDetection;

/// <summary>
/// Detects the language of a text. Chinese, Japanese and Korean are told by script (kana means Japanese, Hangul Korean,
/// Han alone Chinese); the others by which language's stopwords the text uses most (the lists under
/// <c>Resources/extraction/languages</c>: en, de, fr, es, it, pt, nl, ru, pl, sv).
/// </summary>
public static class LanguageDetector
{
    // Enough words to decide; reading a whole long page would cost time and not change the answer.
    private const int SampleChars = 6000;

    // Below these a text is too short or too unlike any profile to name a language without guessing.
    private const int MinStopwordHits = 3;
    private const double MinStopwordShare = 0.08;

    private static readonly Lazy<FrozenDictionary<string, StopwordProfile>> LazyProfiles = new(LoadProfiles);

    /// <summary>The stopword profiles by ISO 639-1 code.</summary>
    public static FrozenDictionary<string, StopwordProfile> Profiles => LazyProfiles.Value;

    /// <summary>The ISO 639-1 code of the text's language, or null when the evidence is too thin.</summary>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        if (text.Length > SampleChars)
            text = text[..SampleChars];

        if (DetectByScript(text) is { } byScript)
            return byScript;

        // One pass over the words, each looked up in every profile.
        var profiles = Profiles.Values;
        var hits = new int[profiles.Length];
        var words = 0;
        Span<char> buffer = stackalloc char[StopwordProfile.MaxWordLength];
        var position = 0;
        while (StopwordProfile.NextWord(text, ref position, buffer, out var word))
        {
            words++;
            if (word.IsEmpty)
                continue;
            for (var p = 0; p < profiles.Length; p++)
            {
                if (profiles[p].Contains(word))
                    hits[p]++;
            }
        }

        var best = -1;
        for (var p = 0; p < profiles.Length; p++)
        {
            if (hits[p] >= MinStopwordHits && (best < 0 || hits[p] > hits[best]))
                best = p;
        }

        return best >= 0 && (double)hits[best] / words >= MinStopwordShare ? profiles[best].Language : null;
    }

    /// <summary>The profile of a language code such as "en" or "en-GB"; null when none is known.</summary>
    public static StopwordProfile? ProfileFor(string? language)
    {
        if (string.IsNullOrEmpty(language))
            return null;
        var code = language.Length > 2 ? language[..2] : language;
        return Profiles.GetValueOrDefault(code.ToLowerInvariant());
    }

    private static string? DetectByScript(ReadOnlySpan<char> text)
    {
        int letters = 0, han = 0, kana = 0, hangul = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (c is >= '\u3040' and <= '\u30FF')
                kana++;
            else if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF')
                hangul++;
            else if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
                han++;
        }

        var cjk = han + kana + hangul;
        if (letters == 0 || cjk * 3 < letters)
            return null;
        if (hangul >= kana && hangul * 2 >= cjk)
            return "ko";
        // Japanese prose mixes kana into Han text; Chinese has none.
        return kana * 10 >= cjk ? "ja" : "zh";
    }

    private static FrozenDictionary<string, StopwordProfile> LoadProfiles()
    {
        var profiles = new Dictionary<string, StopwordProfile>(StringComparer.Ordinal);
        foreach (var (_, line) in EmbeddedResources.ReadDataLines("extraction/languages/languages.tsv"))
        {
            var code = line.Trim();
            var words = EmbeddedResources.ReadDataLines($"extraction/languages/{code}.txt").Select(l => l.Line);
            profiles[code] = new StopwordProfile(code, words);
        }

        return profiles.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
