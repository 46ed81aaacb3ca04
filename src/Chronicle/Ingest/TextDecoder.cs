using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Chronicle.Ingest;

/// <summary>
/// Decodes a document's bytes: a byte-order mark first, then a charset declared in the markup (<c>&lt;meta charset&gt;</c>
/// or http-equiv), then one from the HTTP/WARC Content-Type header, then UTF-8 when the bytes are valid UTF-8, else a
/// guess among legacy encodings. Undecodable bytes become U+FFFD with a note; decoding never fails.
/// </summary>
internal static partial class TextDecoder
{
    /// <summary>Browsers look for the meta charset in the first 1024 bytes; pages that put it later are common enough to look a little further.</summary>
    private const int MetaScanLength = 4096;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? contentType, bool markup)
    {
        EncodingRegistry.EnsureRegistered();
        var notes = new List<string>();

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], "utf-8 (byte-order mark)", notes);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", notes);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", notes);

        var declared = markup ? MetaCharset(bytes) : null;
        declared ??= HeaderCharset(contentType);
        if (declared is not null)
        {
            var encoding = EncodingRegistry.Find(declared);
            if (encoding is UTF8Encoding)
                return DecodeUtf8(bytes, "utf-8 (declared)", notes);
            // Non-ASCII text that is valid UTF-8 is practically never another encoding: a declaration that disagrees is
            // stale (pages re-saved as UTF-8 by a crawler or an archive keep their old meta charset).
            if (encoding is not null && Utf8.IsValid(bytes) && bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
            {
                notes.Add($"declared charset '{declared}' ignored: the bytes are valid UTF-8");
                return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", notes);
            }

            if (encoding is not null)
                return new DecodedText(encoding.GetString(bytes), encoding.WebName + " (declared)", notes);
            notes.Add($"unknown charset '{declared}' ignored");
        }

        if (Utf8.IsValid(bytes))
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", notes);

        // Text whose high bytes mostly form well-formed UTF-8 sequences is damaged UTF-8: legacy encodings produce such
        // sequences only by chance (about one double-byte character in ten for GB18030, almost never for windows-125x).
        if (CountUtf8Sequences(bytes, out var invalid) is var valid && valid > 0 && valid >= invalid)
            return DecodeUtf8(bytes, "utf-8", notes);

        var guessed = Encoding.GetEncoding(LegacyEncodingDetector.Detect(bytes));
        return new DecodedText(guessed.GetString(bytes), guessed.WebName + " (detected)", notes);
    }

    /// <summary>The charset named in a Content-Type value (<c>text/html; charset=utf-8</c>), or null.</summary>
    public static string? HeaderCharset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
            return null;
        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaScanLength)]);
        var match = MetaCharsetDeclaration().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, string name, List<string> notes)
    {
        if (!Utf8.IsValid(bytes))
        {
            CountUtf8Sequences(bytes, out var invalid);
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8: {invalid} byte sequence(s) replaced by U+FFFD"));
        }

        return new DecodedText(Encoding.UTF8.GetString(bytes), name, notes);
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences, and (out) the ill-formed ones.</summary>
    private static int CountUtf8Sequences(ReadOnlySpan<byte> bytes, out int invalid)
    {
        var valid = 0;
        invalid = 0;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
                break;
            bytes = bytes[ascii..];
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
                valid++;
            else
                invalid++;
            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return valid;
    }

    [GeneratedRegex("""charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetDeclaration();
}
