namespace Chronicle.Actors;

/// <summary>What a referring phrase points back to.</summary>
public enum CorefTarget : byte
{
    /// <summary><c>he</c>, <c>his</c>: the nearest person (not a woman).</summary>
    Male,
    /// <summary><c>she</c>, <c>her</c>: the nearest person (not a man).</summary>
    Female,
    /// <summary><c>they</c>, <c>their</c>: the nearest group (a state, government, military, party, organisation).</summary>
    Group,
    /// <summary><c>the country</c>: the nearest state.</summary>
    State,
    /// <summary><c>the two leaders</c>: the nearest distinct people.</summary>
    Persons,
    /// <summary><c>the two countries</c>, <c>the three governments</c>: the nearest distinct states, with the entry's role.</summary>
    States,
}

/// <summary>A referring phrase (pronoun or description) and how many antecedents it takes.</summary>
/// <param name="Role">A role code added to resolved states (<c>the three governments</c> → GOV), or empty.</param>
/// <param name="Object">True for object pronouns (<c>him</c>, <c>them</c>): they do not refer to the nearest fitting mention when it is in
/// their own sentence, which is usually their clause's subject ("Putin greeted him").</param>
public sealed record CorefEntry(string Phrase, CorefTarget Target, int Count, string Role, bool Object, string Origin) : IPhraseValue
{
    /// <summary>Referring phrases match in any case.</summary>
    bool IPhraseValue.Accepts(Word[] words, int start) => true;
}
