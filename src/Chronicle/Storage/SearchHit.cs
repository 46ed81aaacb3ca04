namespace Chronicle.Storage;

/// <summary>One search result: the article and a short passage around the matched words.</summary>
/// <param name="Snippet">The passage, matched words between <see cref="HighlightStart"/> and <see cref="HighlightEnd"/>.</param>
/// <param name="Score">Relevance, higher is better; comparable only within one search.</param>
public sealed record SearchHit(ArticleSummary Article, string Snippet, double Score)
{
    public const string HighlightStart = "**";

    public const string HighlightEnd = "**";
}
