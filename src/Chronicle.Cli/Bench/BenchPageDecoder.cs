using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Cli.Bench;

/// <summary>A small stand-in page decoder for the benchmarks: byte-order mark, then strict UTF-8 (bytes that decode as UTF-8
/// almost never are another encoding, and saved pages often keep a stale <c>charset</c> after being re-encoded), then the
/// <c>charset</c> declared in the first bytes, then Windows-1252. To be replaced by the ingest stage's decoder once merged.</summary>
internal static partial class BenchPageDecoder
{
    private const int DeclarationWindow = 4096;

    static BenchPageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("\xEF\xBB\xBF"u8))
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the page's own declaration, else the web's commonest legacy encoding.
        }

        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, DeclarationWindow));
        if (Charset().Match(head) is { Success: true } match && TryGetEncoding(match.Groups[1].Value) is { } declared)
            return declared.GetString(bytes);
        return Encoding.GetEncoding(1252).GetString(bytes);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Encoding? TryGetEncoding(string name)
    {
        // Pages declare latin-1 and mean Windows-1252, as browsers read them.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase))
            return Encoding.GetEncoding(1252);
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();
}
