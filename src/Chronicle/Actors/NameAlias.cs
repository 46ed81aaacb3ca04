namespace Chronicle.Actors;

/// <summary>One way of writing an actor, with the case each word needs: a capitalised alias word needs a capitalised text word,
/// an all-capitals one (<c>US</c>) needs capitals, a lower-case one (<c>the</c>) matches any case.</summary>
internal sealed record NameAlias(ActorEntry Entry, WordShape[] Case) : IPhraseValue
{
    public bool Accepts(Word[] words, int start)
    {
        for (var k = 0; k < Case.Length; k++)
        {
            var shape = words[start + k].Shape;
            var ok = Case[k] switch
            {
                WordShape.Capitalized => shape is WordShape.Capitalized or WordShape.AllCaps,
                WordShape.AllCaps => shape == WordShape.AllCaps,
                _ => true,
            };
            if (!ok)
                return false;
        }

        return true;
    }
}
