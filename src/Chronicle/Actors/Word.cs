namespace Chronicle.Actors;

/// <summary>A word as the recognizer matches it: a token, a part of a hyphenated token (<c>Putin-Kim</c>), or a possessive <c>'s</c>.</summary>
internal readonly record struct Word(int Start, int End, string Norm, WordShape Shape, int Sentence, bool SentenceStart)
{
    public const string Possessive = "'s";
    public const string Apostrophe = "'";

    public bool IsCapitalized => Shape is WordShape.Capitalized or WordShape.AllCaps;

    public bool IsPossessive => ReferenceEquals(Norm, Possessive) || Norm == Possessive || Norm == Apostrophe;
}
