using System.Collections.Frozen;
using System.Text;

namespace Chronicle.Ingest;

/// <summary>
/// Guesses the legacy encoding of bytes that are not UTF-8 and declare none: windows-1252 for Latin-script text,
/// else the candidate from <c>Resources/ingest/encoding-profiles.tsv</c> that decodes cleanly into the most common characters.
/// </summary>
internal static class LegacyEncodingDetector
{
    private sealed record Profile(Encoding StrictEncoding, string Name, FrozenSet<char> Common);

    /// <summary>Below this share of common characters a candidate is not believed.</summary>
    private const double MinimumScore = 0.15;

    /// <summary>Latin-script languages put accented letters inside ASCII words; Cyrillic and CJK bytes come in runs.</summary>
    private const double LatinMixedShare = 0.3;

    private static readonly Profile[] Profiles = Load();

    public static string Fallback => "windows-1252";

    /// <summary>The name of the likeliest encoding for bytes that hold at least one non-ASCII byte.</summary>
    public static string Detect(ReadOnlySpan<byte> bytes)
    {
        if (MixedShare(bytes) > LatinMixedShare)
            return Fallback;

        string? best = null;
        var bestScore = MinimumScore;
        foreach (var profile in Profiles)
        {
            var score = Score(profile, bytes);
            if (score > bestScore)
            {
                best = profile.Name;
                bestScore = score;
            }
        }

        return best ?? Fallback;
    }

    /// <summary>The share of non-ASCII bytes that touch an ASCII letter.</summary>
    private static double MixedShare(ReadOnlySpan<byte> bytes)
    {
        var high = 0;
        var mixed = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
                continue;
            high++;
            if ((i > 0 && IsAsciiLetter(bytes[i - 1])) || (i + 1 < bytes.Length && IsAsciiLetter(bytes[i + 1])))
                mixed++;
        }

        return high == 0 ? 1 : (double)mixed / high;
    }

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static double Score(Profile profile, ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = profile.StrictEncoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return 0;
        }

        var nonAscii = 0;
        var common = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
                continue;
            nonAscii++;
            if (profile.Common.Contains(c))
                common++;
        }

        return nonAscii == 0 ? 0 : (double)common / nonAscii;
    }

    private static Profile[] Load()
    {
        EncodingRegistry.EnsureRegistered();
        return EmbeddedResources.ReadDataLines("ingest/encoding-profiles.tsv")
            .Select(entry =>
            {
                var fields = entry.Line.Split('\t');
                if (fields.Length != 2)
                    throw new InvalidDataException($"encoding-profiles.tsv line {entry.LineNumber}: expected 2 tab-separated fields.");
                var strict = Encoding.GetEncoding(fields[0], EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                return new Profile(strict, fields[0], fields[1].ToFrozenSet());
            })
            .ToArray();
    }
}
