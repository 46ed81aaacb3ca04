using Chronicle.Language;

namespace Chronicle.Actors;

/// <summary>Finds the actors of an analysed text: dictionary names by longest match with case rules, countries with their roles and
/// titles, places, unknown capitalised names as entities, then coreference. Stateless between calls and thread-safe.</summary>
public sealed class ActorRecognizer(ActorDictionary dictionary) : IActorRecognizer
{
    public ActorRecognizer() : this(ActorDictionary.BuiltIn)
    {
    }

    public ActorDictionary Dictionary { get; } = dictionary;

    public IReadOnlyList<ActorMention> Recognize(TextAnalysis analysis, DateOnly? date)
    {
        var words = WordSequence.Build(analysis.Text, analysis.Tokens, analysis.Sentences, Dictionary.IsKnownWord);
        var found = new MentionScan(Dictionary, analysis.Text, words, date).Run();
        var resolved = Coreference.Resolve(found, Dictionary);
        var mentions = new ActorMention[resolved.Count];
        for (var k = 0; k < resolved.Count; k++)
            mentions[k] = resolved[k].ToMention(analysis.Text);
        Array.Sort(mentions, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return mentions;
    }

    /// <summary>Reads a bare text as one sentence, for callers without the language layer (a source name, a short phrase).</summary>
    public IReadOnlyList<ActorMention> Recognize(string text, DateOnly? date)
    {
        var tokens = Tokenizer.Tokenize(text);
        return Recognize(new TextAnalysis(text, tokens, [new Sentence(0, text.Length, 0, tokens.Count)], [], [], [], []), date);
    }
}
