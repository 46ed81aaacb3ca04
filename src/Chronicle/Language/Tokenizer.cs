namespace Chronicle.Language;

/// <summary>Splits text into word, number, punctuation and symbol tokens with offsets. Words keep inner apostrophes,
/// hyphens and periods of abbreviations (<c>U.S.</c>); numbers keep their separators (<c>1,587</c>, <c>3.5</c>).</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var tokenStart = i;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                i++;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]))))
                    i++;
            }
            else if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                        i++;
                    else if ((d == '\'' || d == '’' || d == '-') && i + 1 < end && char.IsLetter(text[i + 1]) && !IsPossessive(text, i, end))
                        i++;
                    else if (d == '.' && IsAbbreviationPeriod(text, tokenStart, i, end))
                        i++;
                    else
                        break;
                }
            }
            else
            {
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                i++;
            }

            var norm = Normalize(text.AsSpan(tokenStart, i - tokenStart), kind);
            into.Add(new Token(tokenStart, i, kind, norm, norm));
        }
    }

    /// <summary>An apostrophe followed by a lone "s" ends the word: <c>Russia's</c> → <c>Russia</c> + <c>'s</c>.</summary>
    private static bool IsPossessive(string text, int apostrophe, int end) =>
        apostrophe + 1 < end && (text[apostrophe + 1] == 's' || text[apostrophe + 1] == 'S')
        && (apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]));

    /// <summary>Single letters joined by periods (<c>U.S.</c>, <c>a.m.</c>) stay one token.</summary>
    private static bool IsAbbreviationPeriod(string text, int tokenStart, int period, int end)
    {
        var segmentStart = period - 1;
        while (segmentStart > tokenStart && text[segmentStart - 1] != '.')
            segmentStart--;
        if (period - segmentStart != 1)
            return false;
        return period + 1 >= end || char.IsLetter(text[period + 1]) || period - tokenStart >= 2;
    }

    private static string Normalize(ReadOnlySpan<char> span, TokenKind kind)
    {
        if (kind != TokenKind.Word)
            return span.ToString();
        Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        for (var k = 0; k < span.Length; k++)
            buffer[k] = span[k] == '’' ? '\'' : char.ToLowerInvariant(span[k]);
        return new string(buffer);
    }
}
