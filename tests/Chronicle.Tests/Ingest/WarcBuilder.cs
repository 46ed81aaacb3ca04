using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Chronicle.Tests.Ingest;

/// <summary>Writes WARC archives the way crawlers do (CC-NEWS): optionally one gzip member per record.</summary>
public sealed class WarcBuilder
{
    private readonly List<byte[]> records = [];

    public WarcBuilder Response(string url, string html, string date = "2025-02-28T05:21:00Z", string contentType = "text/html; charset=utf-8", int status = 200, Encoding? encoding = null) =>
        Response(url, (encoding ?? Encoding.UTF8).GetBytes(html), $"Content-Type: {contentType}", date, status);

    /// <summary>A response record whose HTTP payload is <paramref name="body"/> exactly as given, after the header lines.</summary>
    public WarcBuilder Response(string url, byte[] body, string headerLines, string date = "2025-02-28T05:21:00Z", int status = 200)
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} OK\r\n{headerLines}\r\n\r\n").Concat(body).ToArray();
        return Record("response", url, date, "application/http; msgtype=response", http);
    }

    public WarcBuilder Record(string type, string url, string date, string contentType, byte[] block)
    {
        var head = string.Create(CultureInfo.InvariantCulture,
            $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {url}\r\nWARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        records.Add([.. Encoding.UTF8.GetBytes(head), .. block, .. "\r\n\r\n"u8]);
        return this;
    }

    public byte[] Build() => records.SelectMany(r => r).ToArray();

    /// <summary>One gzip member per record, concatenated, as WARC.gz files are written; <paramref name="memberOffsets"/> gets where each member starts.</summary>
    public byte[] BuildGzip(List<long>? memberOffsets = null)
    {
        var output = new MemoryStream();
        foreach (var record in records)
        {
            memberOffsets?.Add(output.Length);
            using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(record);
        }

        return output.ToArray();
    }

    /// <summary>Streams many records straight to a gzip file without holding them (for the memory test).</summary>
    public static void WriteLargeGzip(string path, int count, Func<int, string> html)
    {
        using var file = File.Create(path);
        for (var i = 0; i < count; i++)
        {
            var one = new WarcBuilder().Response($"https://example.org/news/{i}", html(i)).Build();
            using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(one);
        }
    }
}
