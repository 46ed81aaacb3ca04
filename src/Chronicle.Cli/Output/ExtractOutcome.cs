using Chronicle.Extraction;
using Chronicle.Ingest;

namespace Chronicle.Cli.Output;

/// <summary>What happened to one input document: where it came from, the document when it loaded, and its article or the reason there is none.</summary>
public sealed record ExtractOutcome(string Path, SourceDocument? Document, Result<Article> Article);
