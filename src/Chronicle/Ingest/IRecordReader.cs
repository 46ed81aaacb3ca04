namespace Chronicle.Ingest;

/// <summary>Reads the documents of one input, one at a time, so a container is never held whole.</summary>
internal interface IRecordReader : IDisposable
{
    /// <summary>The next document or failure; null when the input is exhausted.</summary>
    Result<SourceDocument>? Next();
}
