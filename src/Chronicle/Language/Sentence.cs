namespace Chronicle.Language;

/// <summary>A sentence as a span of the analysed text and the range of its tokens in the document's token list.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public string TextIn(string text) => text[Start..End];
}
