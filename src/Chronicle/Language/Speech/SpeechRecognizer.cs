using Chronicle.Language.Lexicon;

namespace Chronicle.Language.Speech;

/// <summary>Quotes with their speaker and channel, and the attribution of each sentence's claims. Works over the whole
/// text because quotes span sentences and paragraphs, and pronoun speakers look back to earlier names.</summary>
internal sealed class SpeechRecognizer(LanguageData data)
{
    public void Recognize(string text, List<Token> tokens, List<Sentence> sentences, List<Quote> quotes, List<Attribution> attributions)
    {
        if (tokens.Count == 0)
            return;
        var names = new NameIndex(text, tokens, sentences, data.Speech.SourceNouns.ContainsKey);
        var attributionFinder = new AttributionFinder(text, tokens, data, names);
        for (var s = 0; s < sentences.Count; s++)
            attributionFinder.Find(sentences[s], s, attributions);

        var spans = new List<QuotedSpan>();
        QuoteMarks.Find(text, spans);
        var speakers = new QuoteSpeakerFinder(text, tokens, sentences, data, names);
        foreach (var span in spans)
            quotes.Add(speakers.Find(span));
    }
}
