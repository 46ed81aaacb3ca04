using Chronicle.Language;

namespace Chronicle.Tests.Actors;

/// <summary>Builds a <see cref="TextAnalysis"/> from the basic tokenizer with the whole text as one sentence, as the language layer's stand-in.</summary>
internal static class ActorTestText
{
    public static TextAnalysis Analyse(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return new TextAnalysis(text, tokens, [new Sentence(0, text.Length, 0, tokens.Count)], [], [], [], []);
    }
}
