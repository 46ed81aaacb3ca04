using System.Text;

namespace Chronicle.Extraction.Text;

/// <summary>Small span helpers over one line of a text dump.</summary>
public static class LineText
{
    /// <summary>The line as phrase lists and the boilerplate statistics compare it: lower case, straight quotes, single
    /// spaces, without the punctuation and symbols around it ("» Read More:" → "read more").</summary>
    public static string Normalize(ReadOnlySpan<char> line)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && !char.IsLetterOrDigit(line[start]))
            start++;
        while (end > start && !char.IsLetterOrDigit(line[end - 1]))
            end--;
        var builder = new StringBuilder(end - start);
        var space = false;
        for (var i = start; i < end; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
                builder.Append(' ');
            space = false;
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>Number of whitespace-separated words.</summary>
    public static int CountWords(ReadOnlySpan<char> line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the line ends like a sentence: a full stop, question or exclamation mark, possibly inside closing
    /// quotes or brackets. A sentence closed by a bracketed credit ("… the ministry said. (ANI)") ends like a sentence too.</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        if (line.Length > 1 && line[^1] == ')' && line.LastIndexOf('(') is > 0 and var open && EndsLikeSentenceProper(line[..open]))
            return true;
        return EndsLikeSentenceProper(line);
    }

    private static bool EndsLikeSentenceProper(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        while (line.Length > 0 && line[^1] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB')
            line = line[..^1];
        return line.Length > 0 && line[^1] is '.' or '!' or '?' or '\u2026' or '\u3002';
    }

    /// <summary>Whether the span holds any lower-case letter (a line of capitals and symbols is a label, not prose).</summary>
    public static bool HasLowerCase(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLower(c))
                return true;
        }

        return false;
    }
}
