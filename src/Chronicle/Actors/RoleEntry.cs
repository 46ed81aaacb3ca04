namespace Chronicle.Actors;

/// <summary>A role word or phrase and the CAMEO role code it adds to a country (<c>military</c> → MIL).</summary>
public sealed record RoleEntry(string Phrase, string Role, ActorType Type, RoleKind Kind, string Origin) : IPhraseValue
{
    /// <summary>Role words match in any case.</summary>
    bool IPhraseValue.Accepts(Word[] words, int start) => true;
}
