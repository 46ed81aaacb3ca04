using Chronicle.Language.Lexicon;
using Chronicle.Language.Times;

namespace Chronicle.Language;

/// <summary>The language layer: tokens, sentences, lemmas, time expressions, quantities, quotes and attributions of a text,
/// every span an offset into it. Built once over <see cref="LanguageData"/>; immutable and safe to share between threads.</summary>
public sealed class TextAnalyzer : ITextAnalyzer
{
    private readonly LanguageData _data;
    private readonly SentenceSplitter _splitter;
    private readonly TimeRecognizer _times;

    public TextAnalyzer()
        : this(LanguageData.Default)
    {
    }

    public TextAnalyzer(LanguageData data)
    {
        _data = data;
        _splitter = new SentenceSplitter(data);
        _times = new TimeRecognizer(data);
    }

    public TextAnalysis Analyse(string text, DateOnly? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenizer.Tokenize(text, 0, text.Length, tokens, _data.Words);
        var sentences = new List<Sentence>(text.Length / 120 + 1);
        _splitter.Split(text, tokens, sentences);
        LemmatizeSentenceOpeners(text, tokens, sentences);
        var times = new List<TimeExpression>();
        foreach (var sentence in sentences)
            _times.Recognize(text, tokens, sentence, anchor, times);
        return new TextAnalysis(text, tokens, sentences, times, [], [], []);
    }

    /// <summary>The tokenizer leaves capitalised words uninflected (they are mostly names); a capital that only marks the
    /// start of a sentence (<c>Talks began</c>) gets its lemma here.</summary>
    private void LemmatizeSentenceOpeners(string text, List<Token> tokens, List<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Word)
                    continue;
                if (token.Length > 1 && !char.IsUpper(text[token.Start + 1]))
                    tokens[i] = token with { Lemma = _data.Words.Lemma(token.Norm) };
                break;
            }
        }
    }
}
