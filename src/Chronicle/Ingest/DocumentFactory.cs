using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Ingest;

/// <summary>Builds a <see cref="SourceDocument"/> from raw bytes or text, with its provenance and the SHA-256 of those bytes.</summary>
internal static class DocumentFactory
{
    public static SourceDocument FromBytes(
        ReadOnlySpan<byte> raw, DocumentFormat format, string? contentType, InputOrigin origin, long? offset,
        string? id = null, string? url = null, DateTimeOffset? fetched = null)
    {
        var decoded = TextDecoder.Decode(raw, contentType, format == DocumentFormat.Html);
        var provenance = new Provenance(origin.Source, offset, url ?? origin.Url, fetched ?? origin.Fetched, Sha256(raw));
        return new SourceDocument(id, decoded.Text, format, provenance) { Notes = decoded.Notes };
    }

    /// <summary>For content that arrives as text inside a container (a JSONL field, a feed item); its hash is over its UTF-8 bytes.</summary>
    public static SourceDocument FromText(
        string text, DocumentFormat format, InputOrigin origin, long? offset,
        string? id, string? url, DateTimeOffset? fetched, DateTimeOffset? published = null)
    {
        var provenance = new Provenance(origin.Source, offset, url ?? origin.Url, fetched ?? origin.Fetched, Sha256(Encoding.UTF8.GetBytes(text)));
        return new SourceDocument(id, text, format, provenance) { Published = published };
    }

    public static string Sha256(ReadOnlySpan<byte> raw) => Convert.ToHexStringLower(SHA256.HashData(raw));
}
