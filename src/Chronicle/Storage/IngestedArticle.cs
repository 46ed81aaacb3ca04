using Chronicle.Extraction;
using Chronicle.Ingest;

namespace Chronicle.Storage;

/// <summary>An article ready to store, with the provenance of the document it was extracted from.</summary>
/// <param name="DocumentId">The id the input gave the document (a JSONL <c>id</c>), if any.</param>
public sealed record IngestedArticle(Provenance Provenance, string? DocumentId, Article Article)
{
    public static IngestedArticle From(SourceDocument document, Article article) => new(document.Provenance, document.Id, article);
}
