using Chronicle.Extraction;
using Chronicle.Ingest;

namespace Chronicle.Storage;

/// <summary>An article ready to store, with the provenance of the document it was extracted from.</summary>
/// <param name="DocumentId">The id the input gave the document (a JSONL <c>id</c>), if any.</param>
public sealed record IngestedArticle(Provenance Provenance, string? DocumentId, Article Article)
{
    /// <summary>What the pipeline read in the article (mentions, events), stored with it in the same transaction; null when not analysed.</summary>
    public ArticleAnalysis? Analysis { get; init; }

    public static IngestedArticle From(SourceDocument document, Article article) => new(document.Provenance, document.Id, article);
}
