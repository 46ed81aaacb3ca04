namespace Chronicle.Language;

/// <summary>Reads a text (an article body, or a single dated sentence) anchored at a date for resolving relative times.</summary>
public interface ITextAnalyzer
{
    TextAnalysis Analyse(string text, DateOnly? anchor);
}
