namespace Chronicle.Language;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token as a span of the analysed text, with a normal form for matching (lower case, lemma-like: <c>held</c>→<c>hold</c>).</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, string Norm)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    /// <summary>True when the token's first character in <paramref name="text"/> is an upper-case letter.</summary>
    public bool IsCapitalized(string text) => Kind == TokenKind.Word && char.IsUpper(text[Start]);
}
