using Chronicle.Language;

namespace Chronicle.Actors;

/// <summary>Turns the language layer's tokens into the words the dictionaries are keyed by: apostrophes made one form,
/// <c>'</c> + <c>s</c> joined into a possessive, and hyphenated tokens split unless the dictionary knows them whole
/// (<c>Putin-Kim</c> → Putin, Kim; <c>Won-shik</c> stays).</summary>
internal static class WordSequence
{
    public static Word[] Build(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, Func<string, bool> knownWord)
    {
        var words = new List<Word>(tokens.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var end = Math.Min(tokens.Count, sentence.FirstToken + sentence.TokenCount);
            var first = words.Count;
            for (var t = sentence.FirstToken; t < end; t++)
            {
                var token = tokens[t];
                var atStart = words.Count == first;
                if (token.Kind == TokenKind.Punctuation && IsApostrophe(text[token.Start]))
                {
                    if (t + 1 < end && tokens[t + 1].Start == token.End && tokens[t + 1].Norm == "s")
                    {
                        words.Add(new Word(token.Start, tokens[t + 1].End, Word.Possessive, WordShape.Other, s, atStart));
                        t++;
                    }
                    else
                    {
                        words.Add(new Word(token.Start, token.End, Word.Apostrophe, WordShape.Other, s, atStart));
                    }

                    continue;
                }

                if (token.Kind == TokenKind.Word && token.Norm.Contains('-', StringComparison.Ordinal) && !knownWord(token.Norm))
                {
                    AddParts(text, token, s, atStart, words);
                    continue;
                }

                words.Add(new Word(token.Start, token.End, token.Norm, ShapeOf(text, token.Start, token.End, token.Kind), s, atStart));
            }
        }

        return words.ToArray();
    }

    /// <summary>The words of a dictionary alias, tokenized the way texts are, hyphenated words kept whole.</summary>
    public static Word[] OfAlias(string alias)
    {
        var tokens = Tokenizer.Tokenize(alias);
        return Build(alias, tokens, [new Sentence(0, alias.Length, 0, tokens.Count)], static _ => true);
    }

    public static WordShape ShapeOf(string text, int start, int end, TokenKind kind = TokenKind.Word)
    {
        if (kind != TokenKind.Word)
            return WordShape.Other;
        if (!char.IsUpper(text[start]))
            return WordShape.Lower;
        var letters = 0;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]))
                continue;
            if (!char.IsUpper(text[i]))
                return WordShape.Capitalized;
            letters++;
        }

        return letters >= 2 ? WordShape.AllCaps : WordShape.Capitalized;
    }

    private static void AddParts(string text, Token token, int sentence, bool atStart, List<Word> words)
    {
        var partStart = token.Start;
        for (var i = token.Start; i <= token.End; i++)
        {
            if (i < token.End && text[i] != '-')
                continue;
            if (i > partStart)
            {
                var norm = token.Norm.Substring(partStart - token.Start, i - partStart);
                words.Add(new Word(partStart, i, norm, ShapeOf(text, partStart, i), sentence, atStart && partStart == token.Start));
            }

            partStart = i + 1;
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';
}
