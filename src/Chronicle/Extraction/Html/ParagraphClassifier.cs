using Chronicle.Extraction.LanguageDetection;

namespace Chronicle.Extraction.Html;

/// <summary>
/// jusText's paragraph classifier: each block is judged by its length, link density and stopword density (in the
/// page's language), then short and near-good blocks take the class of their neighbours (context smoothing), so a
/// short sentence inside an article survives and a long link list around it does not.
/// </summary>
internal static class ParagraphClassifier
{
    // jusText's published defaults.
    private const int LengthLow = 70;
    private const int LengthHigh = 200;
    private const double StopwordsLow = 0.30;
    private const double StopwordsHigh = 0.32;
    private const double MaxLinkDensity = 0.2;
    private const int MaxHeadingDistance = 200;

    // Han, kana and Hangul carry about three Latin letters of text each and have no stopword lists here.
    private const int CjkLengthFactor = 3;

    private enum Class : byte { Bad, Short, NearGood, Good }

    /// <summary>Classifies the given blocks (in document order) and returns which are main text.</summary>
    public static bool[] Classify(IReadOnlyList<TextBlock> blocks, StopwordProfile? profile, bool cjk)
    {
        var classes = new Class[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
            classes[i] = Initial(blocks[i], profile, cjk);

        var smoothed = (Class[])classes.Clone();
        Smooth(smoothed, classes, Class.Short);
        // Near-good blocks are judged on the short-smoothed result, as jusText does.
        var afterShort = (Class[])smoothed.Clone();
        Smooth(smoothed, afterShort, Class.NearGood);
        PromoteHeadings(blocks, smoothed, classes);

        var good = new bool[blocks.Count];
        for (var i = 0; i < good.Length; i++)
            good[i] = smoothed[i] == Class.Good;
        return good;
    }

    private static Class Initial(TextBlock block, StopwordProfile? profile, bool cjk)
    {
        var length = cjk ? block.Length * CjkLengthFactor : block.Length;
        var linkDensity = block.LinkDensity;
        if (linkDensity > MaxLinkDensity)
            return Class.Bad;
        if (block.Text.Contains('©') || block.Text.Contains("&copy", StringComparison.Ordinal))
            return Class.Bad;
        if (length < LengthLow)
            return linkDensity > 0 ? Class.Bad : Class.Short;

        double density;
        if (profile is null)
            density = cjk || block.Commas > 0 ? StopwordsHigh : StopwordsLow; // without a list, prose is told by length alone
        else
            density = profile.Density(block.Text);
        if (density >= StopwordsHigh)
            return length > LengthHigh ? Class.Good : Class.NearGood;
        return density >= StopwordsLow ? Class.NearGood : Class.Bad;
    }

    /// <summary>Re-classes every block of <paramref name="target"/> class (short, then near-good) by its nearest good or bad neighbours; the page edges count as bad.</summary>
    private static void Smooth(Class[] result, Class[] source, Class target)
    {
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] != target)
                continue;
            var prev = Neighbour(source, i, -1, Class.NearGood);
            var next = Neighbour(source, i, +1, Class.NearGood);
            if (target == Class.NearGood)
            {
                result[i] = prev == Class.Bad && next == Class.Bad ? Class.Bad : Class.Good;
                continue;
            }

            if (prev == next)
                result[i] = prev;
            else if (prev == Class.Bad && Neighbour(source, i, -1, Class.Short) == Class.NearGood
                || next == Class.Bad && Neighbour(source, i, +1, Class.Short) == Class.NearGood)
                result[i] = Class.Good;
            else
                result[i] = Class.Bad;
        }
    }

    /// <summary>The class of the nearest block in direction <paramref name="step"/> that is neither short nor <paramref name="skip"/>.</summary>
    private static Class Neighbour(Class[] classes, int index, int step, Class skip)
    {
        for (var i = index + step; i >= 0 && i < classes.Length; i += step)
        {
            if (classes[i] != skip && classes[i] != Class.Short)
                return classes[i];
        }

        return Class.Bad;
    }

    /// <summary>A heading shortly before good text is part of it (jusText's heading rule).</summary>
    private static void PromoteHeadings(IReadOnlyList<TextBlock> blocks, Class[] result, Class[] initial)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Heading || result[i] == Class.Good || initial[i] == Class.Bad && blocks[i].LinkDensity > MaxLinkDensity)
                continue;
            var distance = 0;
            for (var j = i + 1; j < blocks.Count && distance <= MaxHeadingDistance; j++)
            {
                if (result[j] == Class.Good)
                {
                    result[i] = Class.Good;
                    break;
                }

                distance += blocks[j].Length;
            }
        }
    }
}
