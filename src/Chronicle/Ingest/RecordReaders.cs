namespace Chronicle.Ingest;

/// <summary>Sniffs an input's first bytes and opens the reader for its kind, unwrapping gzip (multi-member) on the way.</summary>
internal static class RecordReaders
{
    public static IRecordReader Open(ByteReader reader, InputOrigin origin, IngestOptions options) => Open(reader, origin, options, null);

    private static IRecordReader Open(ByteReader reader, InputOrigin origin, IngestOptions options, GzipMembersStream? gzip)
    {
        var compressed = gzip is not null;
        var (kind, detail) = ContentSniffer.Sniff(reader.Peek(Math.Max(ContentSniffer.HeadLength, BinarySignatures.Reach)));
        switch (kind)
        {
            case InputKind.Gzip when !compressed:
                // Every member of a concatenated archive is read, as WARC.gz files are written (one member per record).
                var members = new GzipMembersStream(reader);
                return Open(new ByteReader(members), origin with { Length = null }, options, members);
            case InputKind.Gzip:
                return SingleRecordReader.Failure("gzip inside gzip is not supported", reader);
            case InputKind.Empty:
                return SingleRecordReader.Failure(compressed ? "empty after decompression" : "empty file", reader);
            case InputKind.Binary:
                return SingleRecordReader.Failure($"binary file ({detail}), not a news document", reader);
            case InputKind.Warc:
                return new WarcRecordReader(reader, origin, options, gzip);
            case InputKind.Jsonl:
                return new JsonlRecordReader(reader, origin, options);
            case InputKind.Feed:
                return new FeedRecordReader(reader, origin, options);
            default:
                var format = kind == InputKind.Html ? DocumentFormat.Html : DocumentFormat.Text;
                if (origin.Length > options.MaxDocumentBytes)
                    return SingleRecordReader.Failure(ByteSize.OverLimit(origin.Length.Value, options.MaxDocumentBytes), reader);
                return SingleRecordReader.Page(reader, format, origin, options);
        }
    }
}
