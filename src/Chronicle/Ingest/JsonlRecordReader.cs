using System.Globalization;
using System.Text.Json;

namespace Chronicle.Ingest;

/// <summary>
/// Reads JSONL, one document a line: <c>{"id"?, "url"?, "html"? or "text"?, "fetched"?}</c>. A bad line is a failure
/// naming its line number and the next lines go on; the record offset is the line number.
/// </summary>
internal sealed class JsonlRecordReader(ByteReader reader, InputOrigin origin, IngestOptions options) : IRecordReader
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 16 };

    private int lineNumber;

    public Result<SourceDocument>? Next()
    {
        var maxLine = (int)Math.Min(int.MaxValue - 1, options.MaxDocumentBytes * 2);
        while (reader.TryReadLine(maxLine, out var line, out var tooLong))
        {
            lineNumber++;
            if (tooLong)
                return Fail($"line is longer than the {ByteSize.Format(maxLine)} limit");
            if (line.Trim(" \t"u8).IsEmpty)
                continue;
            try
            {
                using var json = JsonDocument.Parse(line.ToArray(), ParseOptions);
                return Read(json.RootElement);
            }
            catch (JsonException e)
            {
                return Fail(string.Create(CultureInfo.InvariantCulture, $"invalid JSON at byte {e.BytePositionInLine ?? 0}: {Reason(e.Message)}"));
            }
        }

        return null;
    }

    public void Dispose() => reader.Dispose();

    private Result<SourceDocument> Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return Fail("expected a JSON object");
        if (!TryString(root, "id", out var id, allowNumber: true) || !TryString(root, "url", out var url)
            || !TryString(root, "html", out var html) || !TryString(root, "text", out var text)
            || !TryString(root, "fetched", out var fetchedText))
            return Fail("id, url, html, text and fetched must be strings");

        DateTimeOffset? fetched = null;
        if (fetchedText is not null)
        {
            if (!DateTimeOffset.TryParse(fetchedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                return Fail($"'fetched' is not a date: {fetchedText}");
            fetched = parsed;
        }

        var (content, format) = html is not null ? (html, DocumentFormat.Html) : (text, DocumentFormat.Text);
        if (string.IsNullOrWhiteSpace(content))
            return Fail("no \"html\" or \"text\" field");
        return DocumentFactory.FromText(content, format, origin, lineNumber, id, url, fetched);
    }

    private static bool TryString(JsonElement root, string name, out string? value, bool allowNumber = false)
    {
        value = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
            return true;
        if (property.ValueKind == JsonValueKind.String)
            value = property.GetString();
        else if (allowNumber && property.ValueKind == JsonValueKind.Number)
            value = property.GetRawText();
        else
            return false;
        return true;
    }

    private Result<SourceDocument> Fail(string reason) =>
        Result<SourceDocument>.Fail(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: {reason}"));

    /// <summary>The parser's message without its position suffix (it counts lines inside the one JSONL line, which misleads).</summary>
    private static string Reason(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).ReplaceLineEndings(" ").Trim();
    }
}
