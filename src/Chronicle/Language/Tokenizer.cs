using Chronicle.Language.Lexicon;

namespace Chronicle.Language;

/// <summary>Splits text into word, number, punctuation and symbol tokens with offsets. Words keep inner apostrophes,
/// hyphens and periods of abbreviations (<c>U.S.</c>); numbers keep their separators (<c>1,587</c>, <c>3.5</c>);
/// URLs stay one symbol token. Lemmas come from the word lexicon; capitalised words keep their normal form as lemma
/// (names are not inflected: <c>Reuters</c> stays <c>reuters</c>) until the analyser sees one opening a sentence.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    public static void Tokenize(string text, int start, int end, List<Token> into) =>
        Tokenize(text, start, end, into, LanguageData.Default.Words);

    internal static void Tokenize(string text, int start, int end, List<Token> into, WordLexicon lexicon)
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
            if (UrlScanner.Length(text, i, end) is var urlLength and > 0)
            {
                kind = TokenKind.Symbol;
                i += urlLength;
            }
            else if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                i++;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]))))
                    i++;
            }
            else if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                i = ScanWord(text, i, end);
            }
            else
            {
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                i++;
            }

            into.Add(MakeToken(text, tokenStart, i, kind, lexicon));
        }
    }

    private static int ScanWord(string text, int i, int end)
    {
        var tokenStart = i;
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

        return i;
    }

    private static Token MakeToken(string text, int start, int end, TokenKind kind, WordLexicon lexicon)
    {
        var span = text.AsSpan(start, end - start);
        if (kind != TokenKind.Word)
        {
            var surface = span.Length == 1 ? SingleChars.Get(span[0]) : span.ToString();
            return new Token(start, end, kind, surface, surface);
        }

        Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        for (var k = 0; k < span.Length; k++)
            buffer[k] = span[k] == '’' ? '\'' : char.ToLowerInvariant(span[k]);
        var forms = lexicon.Forms(buffer);
        return new Token(start, end, kind, forms.Norm, char.IsUpper(span[0]) ? forms.Norm : forms.Lemma);
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

    /// <summary>Interned one-character strings: punctuation is most tokens, and allocating each would dominate.</summary>
    private static class SingleChars
    {
        private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

        public static string Get(char c) => c < 128 ? Ascii[c] : c switch
        {
            '“' => "“",
            '”' => "”",
            '‘' => "‘",
            '’' => "’",
            '—' => "—",
            '–' => "–",
            '…' => "…",
            _ => c.ToString(),
        };
    }
}
