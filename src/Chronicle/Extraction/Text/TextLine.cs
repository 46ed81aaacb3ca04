namespace Chronicle.Extraction.Text;

/// <summary>One non-blank line of a dump, trimmed, with its kind and whether a blank line precedes it.</summary>
public readonly record struct TextLine(string Text, LineKind Kind, bool BlankBefore, int Words);
