namespace Chronicle.Ingest;

/// <summary>An input that is one document (or one failure): it yields its single result once, computed on demand.</summary>
internal sealed class SingleRecordReader(Func<Result<SourceDocument>> read, IDisposable? owned = null) : IRecordReader
{
    private bool done;

    public static SingleRecordReader Failure(string reason, IDisposable? owned = null) =>
        new(() => Result<SourceDocument>.Fail(reason), owned);

    /// <summary>A whole HTML or text page: read within the size limit, then decoded.</summary>
    public static SingleRecordReader Page(ByteReader reader, DocumentFormat format, InputOrigin origin, IngestOptions options) =>
        new(() =>
        {
            var bytes = reader.ReadToEnd(options.MaxDocumentBytes, out var total);
            return bytes is null
                ? Result<SourceDocument>.Fail(ByteSize.OverLimit(total, options.MaxDocumentBytes))
                : DocumentFactory.FromBytes(bytes, format, origin.ContentType, origin, offset: null);
        }, reader);

    public Result<SourceDocument>? Next()
    {
        if (done)
            return null;
        done = true;
        return read();
    }

    public void Dispose() => owned?.Dispose();
}
