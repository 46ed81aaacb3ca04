using System.Globalization;
using System.Text;

namespace Chronicle.Ingest;

/// <summary>The status and headers of an HTTP response stored in a WARC record, and where its body starts.</summary>
internal sealed record HttpResponseHead(int Status, IReadOnlyDictionary<string, string> Headers, int BodyStart)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);

    /// <summary>Parses the head of an HTTP message; null when the block is not an HTTP response.</summary>
    public static HttpResponseHead? Parse(ReadOnlySpan<byte> block)
    {
        var end = block.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = block.IndexOf("\n\n"u8);
            separator = 2;
        }

        if (end < 0)
            return null;
        var lines = Encoding.Latin1.GetString(block[..end]).Split('\n');
        var statusLine = lines[0].TrimEnd('\r').Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            return null;
        return new HttpResponseHead(status, HeaderLines.Parse(lines.AsSpan(1)), end + separator);
    }
}
