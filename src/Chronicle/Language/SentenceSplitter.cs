using Chronicle.Language.Lexicon;

namespace Chronicle.Language;

/// <summary>Splits a token stream into sentences. A line break always ends a sentence; <c>.</c>, <c>!</c>, <c>?</c> end one
/// unless the period belongs to an abbreviation (<c>Mr.</c>, <c>No. 1</c>), an initial (<c>J. D. Vance</c>) or an
/// ambiguous form (<c>U.S.</c>, <c>a.m.</c>, <c>Inc.</c>, an ellipsis) that no usual sentence opener follows.
/// Glued sentences (<c>Ukraine.Kim</c>, <c>assist.”If</c>) split where a lower-case word meets a capital.</summary>
internal sealed class SentenceSplitter(LanguageData data)
{
    /// <summary>Bounds a sentence so that text without punctuation cannot make one unbounded (later stages are linear in
    /// sentence length, but callers display and store sentences).</summary>
    public const int MaxSentenceTokens = 250;

    public void Split(string text, List<Token> tokens, List<Sentence> into)
    {
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = EndOfSentenceAt(text, tokens, i);
            var forced = end < 0 && i + 1 - first >= MaxSentenceTokens;
            if (end < 0 && !forced && !(i + 1 < tokens.Count && HasLineBreak(text, tokens[i].End, tokens[i + 1].Start)))
                continue;
            var last = end >= 0 ? end : i;
            into.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
            first = last + 1;
            i = last;
        }

        if (first < tokens.Count)
            into.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Count - first));
    }

    /// <summary>The index of the sentence's last token when token <paramref name="i"/> ends a sentence (closing quotes and
    /// brackets after the terminator belong to it), or -1.</summary>
    private int EndOfSentenceAt(string text, List<Token> tokens, int i)
    {
        var token = tokens[i];
        var ambiguous = false;
        if (token.Kind == TokenKind.Word)
        {
            // A dotted abbreviation (U.S., a.m.) carries its final period inside the word token.
            if (token.Norm.Length < 2 || token.Norm[^1] != '.')
                return -1;
            ambiguous = true;
        }
        else if (!IsTerminator(token.Norm))
        {
            return -1;
        }

        var last = i;
        var ellipsis = token.Norm == "…";
        while (last + 1 < tokens.Count && Adjacent(tokens[last], tokens[last + 1]) && IsTerminator(tokens[last + 1].Norm))
        {
            last++;
            ellipsis |= tokens[last].Norm == "." && token.Norm == ".";
        }

        while (last + 1 < tokens.Count && Adjacent(tokens[last], tokens[last + 1]) && IsCloser(text, tokens[last + 1]))
            last++;
        if (last + 1 >= tokens.Count)
            return last;
        var next = tokens[last + 1];
        if (HasLineBreak(text, tokens[last].End, next.Start))
            return last;

        var glued = Adjacent(tokens[last], next);
        var previous = i > 0 && Adjacent(tokens[i - 1], token) ? tokens[i - 1] : (Token?)null;
        if (ambiguous && token.Norm is "a.m." or "p.m.")
            return EndsAfterClockTime(text, tokens, last + 1) ? last : -1;
        if (ambiguous || ellipsis)
            return OpensSentence(text, next, strict: true) ? last : -1;
        if (token.Norm is "!" or "?")
            return OpensSentence(text, next, strict: false) ? last : -1;

        if (previous is { Kind: TokenKind.Word } word)
        {
            if (word.Length == 1 && char.IsUpper(text[word.Start]))
                return OpensSentence(text, next, strict: true) ? last : -1;
            if (data.Abbreviations.TryGetValue(word.Norm, out var kind))
            {
                return kind switch
                {
                    AbbreviationKind.Title => -1,
                    AbbreviationKind.BeforeNumber when next.Kind == TokenKind.Number => -1,
                    _ => OpensSentence(text, next, strict: true) ? last : -1,
                };
            }
        }

        if (glued)
            return GluedBoundary(text, tokens, i, next) ? last : -1;
        return OpensSentence(text, next, strict: false) ? last : -1;
    }

    /// <summary>After <c>a.m.</c>/<c>p.m.</c> a capital opens a sentence unless it continues the time: a weekday, a month,
    /// a zone (<c>5 a.m. GMT</c>) or a place before "time" (<c>10 a.m. Moscow time</c>).</summary>
    private bool EndsAfterClockTime(string text, List<Token> tokens, int nextIndex)
    {
        var next = tokens[nextIndex];
        if (next.Kind != TokenKind.Word || !char.IsUpper(text[next.Start]))
            return false;
        var calendar = data.Calendar;
        if (calendar.Weekdays.ContainsKey(next.Norm) || calendar.Months.ContainsKey(next.Norm)
            || calendar.Zones.ContainsKey(text.Substring(next.Start, next.Length)))
            return false;
        return !(nextIndex + 1 < tokens.Count && tokens[nextIndex + 1].Norm == "time");
    }

    /// <summary>Whether <paramref name="next"/> can open a sentence: a capital, a digit or an opening mark; when
    /// <paramref name="strict"/>, only a capitalised usual opener (<c>The</c>, <c>He</c>, <c>But</c>).</summary>
    private bool OpensSentence(string text, Token next, bool strict)
    {
        if (next.Kind == TokenKind.Word)
            return char.IsUpper(text[next.Start]) && (!strict || data.SentenceStarters.Contains(next.Norm));
        if (strict)
            return false;
        return next.Kind == TokenKind.Number || next.Norm is "\"" or "“" or "‘" or "(" or "[" or "'" or "—" or "-";
    }

    /// <summary>A period with no space after it ends a sentence between a word or number and a capitalised word or an
    /// opening quote (<c>Ukraine.Kim</c>, <c>2019.This</c>, <c>assist.”If</c>), never inside <c>kcna.kp</c> or <c>3.5</c>.</summary>
    private static bool GluedBoundary(string text, List<Token> tokens, int period, Token next)
    {
        if (period == 0 || !StartsWithCapital(text, next))
            return false;
        var previous = tokens[period - 1];
        if (previous.End != tokens[period].Start)
            return false;
        if (next.Kind == TokenKind.Word && next.Length < 2)
            return false;
        return previous.Kind switch
        {
            TokenKind.Word => previous.Length >= 2,
            TokenKind.Number => true,
            _ => previous.Norm is "”" or "\"" or ")" or "’",
        };
    }

    private static bool StartsWithCapital(string text, Token next) =>
        next.Kind == TokenKind.Word ? char.IsUpper(text[next.Start]) : next.Norm is "“" or "\"" or "”";

    private static bool IsTerminator(string norm) => norm is "." or "!" or "?" or "…";

    /// <summary>A closing quote or bracket after a terminator; a quote mark glued to a following letter opens the next
    /// sentence instead (<c>assist.”If there’s</c>).</summary>
    private static bool IsCloser(string text, Token token)
    {
        if (token.Norm is ")" or "]")
            return true;
        if (token.Norm is not ("\"" or "”" or "’" or "'"))
            return false;
        return token.End >= text.Length || !char.IsLetterOrDigit(text[token.End]);
    }

    private static bool Adjacent(Token left, Token right) => left.End == right.Start;

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2029')
                return true;
        }

        return false;
    }
}
