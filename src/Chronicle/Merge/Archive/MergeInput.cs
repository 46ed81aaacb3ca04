using Chronicle.Extraction;

namespace Chronicle.Merge.Archive;

/// <summary>A newly stored article as merging reads it: its store id and document hash, the article, its analysis
/// (null when not analysed) and the store ids of its coded events, in the order of <see cref="ArticleAnalysis.Events"/>.</summary>
public sealed record MergeInput(long ArticleId, string Sha256, Article Article, ArticleAnalysis? Analysis, IReadOnlyList<long> EventIds);
