namespace Chronicle.Events.Coding;

/// <summary>The light part-of-speech the chunker gives each token; enough to find verb groups, noun groups and prepositions.</summary>
public enum TokenTag : byte
{
    /// <summary>A content word that is not a verb here: noun, adjective, name.</summary>
    Word,
    Verb,

    /// <summary>Auxiliary, modal, negation or infinitive <c>to</c> inside a verb group.</summary>
    Auxiliary,
    Adverb,
    Determiner,
    Preposition,
    Conjunction,
    Subordinator,
    Pronoun,
    Number,
    Punctuation,

    /// <summary>Punctuation that ends a clause: <c>; : ? !</c> and the sentence's final stop.</summary>
    Boundary,
}
