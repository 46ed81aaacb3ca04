using System.Text;

namespace Chronicle.Ingest;

/// <summary>Decides what an input is from its first bytes; the file name is never consulted (saved pages lie about it).</summary>
internal static class ContentSniffer
{
    /// <summary>How many leading bytes the sniffer wants.</summary>
    public const int HeadLength = 4096;

    private static readonly string[] FeedRoots = ["<rss", "<feed", "<rdf:rdf"];

    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<div", "<p>", "<p ", "<article", "<script", "<table", "<br"];

    /// <summary>The kind of input; for <see cref="InputKind.Binary"/> also the format's name.</summary>
    public static (InputKind Kind, string? Detail) Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
            return (InputKind.Gzip, null);
        if (BinarySignatures.Match(head) is { } binary)
            return (InputKind.Binary, binary);

        var text = AsSniffText(head, out var utf16);
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
            return (InputKind.Empty, null);
        // A WARC's head may already hold a binary payload (an image, a gzip-encoded page), so it is recognised first.
        if (trimmed.StartsWith("WARC/", StringComparison.Ordinal))
            return (InputKind.Warc, null);
        if (!utf16 && head.Contains((byte)0))
            return (InputKind.Binary, "unknown format with NUL bytes");
        if (trimmed[0] == '{')
            return (InputKind.Jsonl, null);

        var lower = text.ToLowerInvariant();
        var feedAt = FirstIndex(lower, FeedRoots);
        var htmlAt = FirstIndex(lower, HtmlMarkers);
        if (feedAt >= 0 && (htmlAt < 0 || feedAt < htmlAt))
            return (InputKind.Feed, null);
        if (trimmed[0] == '<' || htmlAt >= 0)
            return (InputKind.Html, null);
        return (InputKind.Text, null);
    }

    /// <summary>The head as characters good enough to look for ASCII markers: UTF-16 when it has that BOM, else byte for byte.</summary>
    private static string AsSniffText(ReadOnlySpan<byte> head, out bool utf16)
    {
        utf16 = true;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(head[2..]);
        utf16 = false;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            head = head[3..];
        return Encoding.Latin1.GetString(head);
    }

    private static int FirstIndex(string text, string[] markers)
    {
        var first = -1;
        foreach (var marker in markers)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
                first = at;
        }

        return first;
    }
}
