namespace Chronicle.Extraction.Text;

/// <summary>Finds the title among the header lines of a dump (those before the first prose line): a line printed twice
/// (pages repeat their title as the window title and the headline, often with a "| Section" or "- Site" suffix), else
/// the first headline-like line.</summary>
public static class TitleFinder
{
    /// <summary>The title is near the top; a pair farther apart is a coincidence.</summary>
    private const int MaxHeaderLines = 30;

    /// <summary>A suffix naming a site or a section is short.</summary>
    private const int MaxSuffixWords = 4;

    /// <summary>What is left of a title once its suffix is cut still says something.</summary>
    private const int MinTitleWords = 2;

    /// <summary>A question or exclamation of this many words can be a title though it ends like a sentence.</summary>
    private const int MaxSentenceTitleWords = 25;

    /// <summary>The title, the indexes of the lines that print it and the suffix after it ("World News"), if any.</summary>
    public readonly record struct Found(string Title, int First, int Last, string? Suffix);

    public static Found? Find(IReadOnlyList<TextLine> lines)
    {
        var end = HeaderEnd(lines);
        for (var i = 0; i < end; i++)
        {
            if (!CanBeTitle(lines[i]))
                continue;
            for (var j = i + 1; j < end; j++)
            {
                if (CanBeTitle(lines[j]) && TryPair(lines[i].Text, lines[j].Text, out var title, out var suffix))
                    return new Found(title, i, j, suffix);
            }
        }

        if (HeadlineAboveAnchor(lines, end) is { } near)
            return near == 0 ? SplitWindowTitle(lines[near].Text, near) : Split(lines[near].Text, near);
        for (var i = 0; i < end; i++)
        {
            if (CanBeTitle(lines[i]))
                return i == 0 ? SplitWindowTitle(lines[i].Text, i) : Split(lines[i].Text, i);
        }

        return null;
    }

    /// <summary>The headline is the first of the headline-like lines that stand right above the byline or timestamp (or
    /// the body when there is neither): site taglines and menus are farther up, separated by labels and links, and a
    /// standfirst printed without a full stop comes after the headline.</summary>
    private static int? HeadlineAboveAnchor(IReadOnlyList<TextLine> lines, int end)
    {
        var anchor = end;
        var sawHeading = false;
        for (var i = 0; i < end; i++)
        {
            sawHeading |= CanBeTitle(lines[i]);
            if (sawHeading && lines[i].Kind is LineKind.Credit or LineKind.Timestamp)
            {
                anchor = i;
                break;
            }
        }

        int? first = null;
        for (var i = anchor - 1; i >= 0; i--)
        {
            if (CanBeTitle(lines[i]))
                first = i;
            else if (lines[i].Kind is not (LineKind.Caption or LineKind.Widget or LineKind.Promo or LineKind.Code or LineKind.Weather or LineKind.TeaserLine or LineKind.Boilerplate))
                break;
        }

        return first;
    }

    /// <summary>The header runs to the first prose line (a question as a title does not end it).</summary>
    private static int HeaderEnd(IReadOnlyList<TextLine> lines)
    {
        var end = Math.Min(lines.Count, MaxHeaderLines);
        for (var i = 0; i < end; i++)
        {
            if (lines[i].Kind == LineKind.Text && !IsQuestionTitle(lines[i]))
                return i;
        }

        return end;
    }

    private static bool CanBeTitle(TextLine line) => line.Kind == LineKind.Heading || IsQuestionTitle(line);

    private static bool IsQuestionTitle(TextLine line) =>
        line.Kind == LineKind.Text && line.Words <= MaxSentenceTitleWords && line.Text[^1] is '?' or '!';

    /// <summary>Two lines print one title when equal, or when one is the other plus a separator and a suffix.</summary>
    private static bool TryPair(string a, string b, out string title, out string? suffix)
    {
        if (a.Equals(b, StringComparison.Ordinal))
        {
            (title, suffix) = (a, null);
            return true;
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        foreach (var separator in TextPatterns.TitleSeparators)
        {
            if (longer.Length <= shorter.Length + separator.Length)
                continue;
            if (longer.StartsWith(shorter, StringComparison.Ordinal) && longer.AsSpan(shorter.Length).StartsWith(separator, StringComparison.Ordinal))
            {
                title = shorter;
                suffix = longer[(shorter.Length + separator.Length)..].Trim();
                return true;
            }

            // The site or section may come first ("Example Daily - Title").
            if (longer.EndsWith(shorter, StringComparison.Ordinal) && longer.AsSpan(0, longer.Length - shorter.Length).EndsWith(separator, StringComparison.Ordinal))
            {
                title = shorter;
                suffix = longer[..(longer.Length - shorter.Length - separator.Length)].Trim();
                return true;
            }
        }

        (title, suffix) = (string.Empty, null);
        return false;
    }

    /// <summary>A single title line may still carry a suffix after a bar ("Title | World News") when the part after the
    /// last bar is short; dashes are left alone, as titles use them too.</summary>
    private static Found Split(string line, int index)
    {
        const string bar = " | ";
        var at = line.LastIndexOf(bar, StringComparison.Ordinal);
        if (at > 0 && LineText.CountWords(line.AsSpan(at + bar.Length)) <= MaxSuffixWords)
            return new Found(line[..at].Trim(), index, index, line[(at + bar.Length)..].Trim());
        return new Found(line, index, index, null);
    }

    /// <summary>The window title printed first in a dump carries the site's name after a separator ("Title - Example
    /// Herald", "Title › Blog name"); when the title is that first line, a short last part after any separator is cut
    /// off as its suffix.</summary>
    private static Found SplitWindowTitle(string line, int index)
    {
        foreach (var separator in TextPatterns.TitleSeparators)
        {
            var at = line.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && LineText.CountWords(line.AsSpan(0, at)) >= MinTitleWords && LineText.CountWords(line.AsSpan(at + separator.Length)) <= MaxSuffixWords)
                return new Found(line[..at].Trim(), index, index, line[(at + separator.Length)..].Trim());
        }

        return new Found(line, index, index, null);
    }
}
