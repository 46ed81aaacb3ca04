namespace Chronicle.Language;

/// <summary>The tense of the clause around a time expression, which decides which Wednesday "on Wednesday" is.</summary>
internal enum Tense : byte
{
    None,
    Past,
    Present,
    Future,
}
