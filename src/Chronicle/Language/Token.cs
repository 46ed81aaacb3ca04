namespace Chronicle.Language;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token as a span of the analysed text.</summary>
/// <param name="Norm">The surface form in lower case, with typographic apostrophes made straight (<c>Russia’s</c> → <c>russia's</c>): for dictionary matching.</param>
/// <param name="Lemma">A lemma-like normal form for the coder (<c>held</c>→<c>hold</c>, <c>met</c>→<c>meet</c>, <c>troops</c>→<c>troop</c>); equal to <paramref name="Norm"/> where no rule applies.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind, string Norm, string Lemma)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    /// <summary>True when the token's first character in <paramref name="text"/> is an upper-case letter.</summary>
    public bool IsCapitalized(string text) => Kind == TokenKind.Word && char.IsUpper(text[Start]);
}
