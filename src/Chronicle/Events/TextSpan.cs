namespace Chronicle.Events;

/// <summary>A span of the analysed text with its characters, for evidence a reader can check.</summary>
public sealed record TextSpan(int Start, int End, string Text)
{
    public static TextSpan Of(string text, int start, int end) => new(start, end, text[start..end]);
}
