namespace Chronicle.Language.Speech;

/// <summary>A quoted passage: the span inside the marks and the positions of the opening and closing marks.</summary>
internal readonly record struct QuotedSpan(int Open, int Start, int End, int Close);

/// <summary>Finds quoted passages by their marks: curly (“…”, ‘…’) and straight ("…"), a quote that continues into the
/// next paragraph (the paragraph ends unclosed and the next opens with a mark), and a closing mark used as an opener
/// (<c>assist.”If there’s …</c>). An opener never closed before a paragraph ends without continuing is dropped, and so is
/// a passage longer than <see cref="MaxQuoteLength"/>: unbalanced marks give nothing rather than a runaway quote.</summary>
internal static class QuoteMarks
{
    public const int MaxQuoteLength = 4000;

    /// <summary>Quotes of one word are names and scare quotes ("the “Oreshnik” missile"), not speech.</summary>
    private const int MinWords = 2;

    public static void Find(string text, List<QuotedSpan> into)
    {
        var open = -1;
        var single = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                if (open < 0)
                    continue;
                var next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                    next++;
                if (next < text.Length && !single && text[next] is '“' or '"')
                {
                    i = next; // the quote continues in the next paragraph
                    continue;
                }

                open = -1;
                continue;
            }

            if (c is not ('"' or '“' or '”' or '‘' or '’'))
                continue;
            if (open >= 0 && i - open > MaxQuoteLength)
                open = -1;
            if (open < 0)
            {
                if (OpensAt(text, i))
                {
                    open = i;
                    single = c == '‘';
                }

                continue;
            }

            if (single ? c == '’' && !char.IsLetter(At(text, i + 1)) : c is '"' or '”')
            {
                Add(text, open, i, into);
                open = -1;
            }
        }
    }

    private static bool OpensAt(string text, int i)
    {
        var c = text[i];
        var before = At(text, i - 1);
        var after = At(text, i + 1);
        return c switch
        {
            '“' => !char.IsWhiteSpace(after),
            '‘' => (char.IsWhiteSpace(before) || before == '\0') && char.IsLetter(after),
            '"' => (char.IsWhiteSpace(before) || before is '\0' or '(' or '[' or '—' or ':') && !char.IsWhiteSpace(after) && after != '\0',
            '”' => char.IsLetter(after) && (before is '.' or '!' or '?' or ',' || char.IsWhiteSpace(before)),
            _ => false,
        };
    }

    private static void Add(string text, int open, int close, List<QuotedSpan> into)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        var words = 0;
        for (var k = start; k < end && words < MinWords; k++)
        {
            if (char.IsWhiteSpace(text[k]) && k > start && !char.IsWhiteSpace(text[k - 1]))
                words++;
        }

        if (words + 1 >= MinWords && end > start)
            into.Add(new QuotedSpan(open, start, end, close));
    }

    private static char At(string text, int i) => i >= 0 && i < text.Length ? text[i] : '\0';
}
