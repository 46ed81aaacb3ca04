using Chronicle.Language.Lexicon;
using Chronicle.Language.Quantities;
using Chronicle.Language.Speech;
using Chronicle.Language.Times;

namespace Chronicle.Language;

/// <summary>The language layer: tokens, sentences, lemmas, time expressions, quantities, quotes and attributions of a text,
/// every span an offset into it. Built once over <see cref="LanguageData"/>; immutable and safe to share between threads.</summary>
public sealed class TextAnalyzer : ITextAnalyzer
{
    private readonly LanguageData _data;
    private readonly SentenceSplitter _splitter;
    private readonly TimeRecognizer _times;
    private readonly QuantityRecognizer _quantities;
    private readonly SpeechRecognizer _speech;

    public TextAnalyzer()
        : this(LanguageData.Default)
    {
    }

    public TextAnalyzer(LanguageData data)
    {
        _data = data;
        _splitter = new SentenceSplitter(data);
        _times = new TimeRecognizer(data);
        _quantities = new QuantityRecognizer(data);
        _speech = new SpeechRecognizer(data);
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
        var quantities = new List<Quantity>();
        foreach (var sentence in sentences)
        {
            var firstTime = times.Count;
            _times.Recognize(text, tokens, sentence, anchor, times);
            _quantities.Recognize(text, tokens, sentence, times.Count == firstTime ? [] : times[firstTime..], quantities);
        }

        var quotes = new List<Quote>();
        var attributions = new List<Attribution>();
        _speech.Recognize(text, tokens, sentences, quotes, attributions);
        return new TextAnalysis(text, tokens, sentences, times, quantities, quotes, attributions);
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
