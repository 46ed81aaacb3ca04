using System.Text;

namespace Chronicle.Cli.Commands;

/// <summary>
/// Decodes saved HTML pages for the bench: BOM, else the &lt;meta charset&gt; in the first bytes, else UTF-8 when
/// valid, else Windows-1252. A stop-gap private to the bench until Chronicle.Ingest's DocumentLoader (branch ingest)
/// is merged; then the bench uses that decoder instead.
/// </summary>
internal static class PageDecoder
{
    private const int SniffBytes = 4096;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8) || bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);

        if (DeclaredEncoding(bytes) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
            return declared.GetString(bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static Encoding? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, SniffBytes));
        var at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return null;
        var start = at + "charset=".Length;
        while (start < head.Length && head[start] is '"' or '\'' or ' ')
            start++;
        var end = start;
        while (end < head.Length && (char.IsAsciiLetterOrDigit(head[end]) || head[end] is '-' or '_' or ':' or '.'))
            end++;
        var name = head[start..end];
        // Browsers read Latin-1 labels as Windows-1252, per the WHATWG encoding standard.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase))
            name = "windows-1252";
        try
        {
            return name.Length == 0 ? null : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
