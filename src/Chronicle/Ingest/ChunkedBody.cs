using System.Globalization;
using System.Text;

namespace Chronicle.Ingest;

/// <summary>Undoes HTTP chunked transfer encoding, which some crawlers (wget, older Heritrix) keep in WARC payloads.</summary>
internal static class ChunkedBody
{
    /// <summary>The body without its chunk framing; null when the framing is malformed or cut.</summary>
    public static byte[]? Decode(ReadOnlySpan<byte> chunked)
    {
        var body = new MemoryStream(chunked.Length);
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n"u8);
            if (lineEnd < 0)
                return null;
            var sizeText = Encoding.ASCII.GetString(chunked[..lineEnd]).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
                return null;
            chunked = chunked[(lineEnd + 2)..];
            if (size == 0)
                return body.ToArray();
            if (chunked.Length < size)
                return null;
            body.Write(chunked[..size]);
            chunked = chunked[size..];
            if (chunked.StartsWith("\r\n"u8))
                chunked = chunked[2..];
        }
    }
}
