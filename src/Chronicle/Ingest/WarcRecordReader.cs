using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Chronicle.Ingest;

/// <summary>
/// Streams the records of a WARC archive (as in Common Crawl's CC-NEWS): each <c>response</c> record whose HTTP payload
/// is HTML becomes a document with the record's offset, WARC-Target-URI and WARC-Date; other records are skipped without
/// being held. A damaged or truncated archive yields the records before the damage, then one failure.
/// A record's offset is that of its gzip member in the .warc.gz file when the record starts a member (as Common Crawl
/// writes and indexes them), else its offset in the uncompressed WARC.
/// </summary>
internal sealed class WarcRecordReader(ByteReader reader, InputOrigin origin, IngestOptions options, GzipMembersStream? gzip) : IRecordReader
{
    private const int MaxHeaderLine = 64 * 1024;
    private const int MaxHeaderLines = 256;

    /// <summary>HTTP headers around the payload are allowed on top of the document limit.</summary>
    private const int HttpHeadAllowance = 256 * 1024;

    private bool failed;

    public Result<SourceDocument>? Next()
    {
        while (!failed)
        {
            SkipBlankLines();
            if (reader.AtEnd)
                return null;
            var position = reader.Position;
            var offset = gzip?.MemberStartingAt(position) ?? position;
            var record = ReadRecord(offset);
            if (record is not null)
                return record;
        }

        return null;
    }

    public void Dispose() => reader.Dispose();

    /// <summary>One record: a document, a failure, or null for a record that holds no article.</summary>
    private Result<SourceDocument>? ReadRecord(long offset)
    {
        if (!reader.TryReadLine(MaxHeaderLine, out var version, out _) || !version.StartsWith("WARC/"u8))
            return Stop(offset, "not a WARC record (no WARC/ version line)");

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var count = 0; ; count++)
        {
            if (count > MaxHeaderLines || !reader.TryReadLine(MaxHeaderLine, out var line, out var tooLong) || tooLong)
                return Stop(offset, "truncated or malformed WARC header");
            if (line.IsEmpty)
                break;
            HeaderLines.Add(headers, Encoding.Latin1.GetString(line));
        }

        if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            return Stop(offset, "WARC record without a valid Content-Length");

        var isResponse = string.Equals(headers.GetValueOrDefault("WARC-Type"), "response", StringComparison.OrdinalIgnoreCase)
            && (headers.GetValueOrDefault("Content-Type")?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) ?? false);
        var url = headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');
        if (!isResponse)
        {
            if (reader.Skip(length) < length)
                return Stop(offset, "truncated WARC record");
            return null;
        }
        if (length > options.MaxDocumentBytes + HttpHeadAllowance)
        {
            return reader.Skip(length) < length
                ? Stop(offset, "truncated WARC record")
                : Fail(offset, url, ByteSize.OverLimit(length, options.MaxDocumentBytes));
        }

        var block = reader.ReadBytes((int)length);
        if (block.Length < length)
            return Stop(offset, $"truncated WARC record ({block.Length} of {length} bytes)");
        return ToDocument(block, headers, offset, url);
    }

    private Result<SourceDocument>? ToDocument(byte[] block, Dictionary<string, string> headers, long offset, string? url)
    {
        var http = HttpResponseHead.Parse(block);
        if (http is null)
            return Fail(offset, url, "response record without an HTTP head");
        if (http.Status is < 200 or >= 300)
            return null;
        var contentType = http.Header("Content-Type");
        var body = block.AsSpan(http.BodyStart);
        if (http.Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) ?? false)
        {
            var unchunked = ChunkedBody.Decode(body);
            if (unchunked is null)
                return Fail(offset, url, "malformed chunked HTTP payload");
            body = unchunked;
        }

        if (string.Equals(http.Header("Content-Encoding"), "gzip", StringComparison.OrdinalIgnoreCase))
        {
            var inflated = Gunzip(body);
            if (inflated is null)
                return Fail(offset, url, "gzip payload is damaged or over the size limit");
            body = inflated;
        }

        if (!IsHtml(contentType, body))
            return null;
        if (body.Length > options.MaxDocumentBytes)
            return Fail(offset, url, ByteSize.OverLimit(body.Length, options.MaxDocumentBytes));

        DateTimeOffset? fetched = DateTimeOffset.TryParse(headers.GetValueOrDefault("WARC-Date"), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var date) ? date : null;
        return DocumentFactory.FromBytes(body, DocumentFormat.Html, contentType, origin, offset,
            id: headers.GetValueOrDefault("WARC-Record-ID")?.Trim('<', '>'), url: url, fetched: fetched);
    }

    private static bool IsHtml(string? contentType, ReadOnlySpan<byte> body)
    {
        if (contentType is not null)
        {
            return contentType.Contains("html", StringComparison.OrdinalIgnoreCase)
                || (contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)
                    && ContentSniffer.Sniff(body[..Math.Min(body.Length, ContentSniffer.HeadLength)]).Kind == InputKind.Html);
        }

        return ContentSniffer.Sniff(body[..Math.Min(body.Length, ContentSniffer.HeadLength)]).Kind == InputKind.Html;
    }

    private byte[]? Gunzip(ReadOnlySpan<byte> body)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(body.ToArray()), CompressionMode.Decompress);
            using var inner = new ByteReader(gzip);
            return inner.ReadToEnd(options.MaxDocumentBytes, out _);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private void SkipBlankLines()
    {
        while (true)
        {
            var next = reader.Peek(2);
            if (next.Length >= 1 && next[0] == (byte)'\n')
                reader.Skip(1);
            else if (next.Length == 2 && next[0] == (byte)'\r' && next[1] == (byte)'\n')
                reader.Skip(2);
            else
                return;
        }
    }

    private static Result<SourceDocument> Fail(long offset, string? url, string reason) =>
        Result<SourceDocument>.Fail(string.Create(CultureInfo.InvariantCulture, $"WARC record at offset {offset}{(url is null ? "" : " (" + url + ")")}: {reason}"));

    /// <summary>Past damage the record boundaries cannot be trusted, so the archive ends here.</summary>
    private Result<SourceDocument> Stop(long offset, string reason)
    {
        failed = true;
        return Fail(offset, null, reason);
    }
}
