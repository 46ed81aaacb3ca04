namespace Chronicle.Ingest;

/// <summary>One outcome of loading: the input it came from (path, URL or <c>-</c>) and the document or the reason there is none.</summary>
public readonly record struct LoadedDocument(string Source, Result<SourceDocument> Document);
