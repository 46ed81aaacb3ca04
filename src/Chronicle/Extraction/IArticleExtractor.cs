using Chronicle.Ingest;

namespace Chronicle.Extraction;

/// <summary>Turns one decoded document into its article, or says why it holds none.</summary>
public interface IArticleExtractor
{
    Result<Article> Extract(SourceDocument document);
}
