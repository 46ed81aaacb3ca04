namespace Chronicle.Actors;

/// <summary>The letter case of a word, which decides whether a name may match it (<c>Turkey</c> the country, not <c>turkey</c> the bird; <c>US</c>, not <c>us</c>).</summary>
internal enum WordShape : byte
{
    Lower,
    Capitalized,
    AllCaps,
    Other,
}
