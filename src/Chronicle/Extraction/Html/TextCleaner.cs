using System.Text;

namespace Chronicle.Extraction.Html;

/// <summary>Whitespace collapsing shared by the metadata readers and the extraction scorer (entities are already decoded by the parser).</summary>
public static class TextCleaner
{
    /// <summary>Collapses every run of whitespace to one space and trims; null stays null.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Collapse(string? text)
    {
        if (text is null)
            return null;
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    public static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
