using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Chronicle.Ingest;

/// <summary>
/// Streams the items of an RSS 2.0 (or RDF) or Atom feed, one item in memory at a time. Each item becomes an HTML document
/// built from what the feed says: its title, link, date, author and category as metadata, its full content (or, failing
/// that, its summary) as the body. The record offset is the item's 1-based number.
/// </summary>
internal sealed class FeedRecordReader : IRecordReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Content fields in order of preference: the full text before the summary.</summary>
    private static readonly string[] BodyFields = ["encoded", "content", "description", "summary"];

    private readonly XmlReader xml;
    private readonly InputOrigin origin;
    private readonly IngestOptions options;
    private int itemNumber;
    private bool failed;

    public FeedRecordReader(ByteReader reader, InputOrigin origin, IngestOptions options)
    {
        xml = XmlReader.Create(reader.AsStream(), Settings);
        this.origin = origin;
        this.options = options;
    }

    /// <summary>The channel's <c>&lt;ttl&gt;</c>: how long the publisher asks readers to wait between polls; null until read or when absent.</summary>
    public TimeSpan? TimeToLive { get; private set; }

    /// <summary>True once the XML turned out malformed: the last result was that failure, and nothing follows it.</summary>
    public bool Failed => failed;

    public Result<SourceDocument>? Next()
    {
        if (failed)
            return null;
        try
        {
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "item" or "entry")
                {
                    itemNumber++;
                    return ToDocument((XElement)XNode.ReadFrom(xml));
                }

                // Items are read whole, so a ttl met here is the channel's.
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "ttl")
                {
                    TimeToLive = int.TryParse(xml.ReadElementContentAsString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
                        ? TimeSpan.FromMinutes(minutes)
                        : null;
                    continue;
                }

                xml.Read();
            }
        }
        catch (XmlException e)
        {
            failed = true;
            return Result<SourceDocument>.Fail("invalid XML: " + e.Message);
        }

        return null;
    }

    public void Dispose() => xml.Dispose();

    private Result<SourceDocument> ToDocument(XElement item)
    {
        var title = Text(item, "title");
        var link = Link(item);
        var published = FeedDates.Parse(Text(item, "pubDate") ?? Text(item, "published") ?? Text(item, "date") ?? Text(item, "updated"));
        var body = BodyFields.Select(name => Text(item, name)).FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        if (body is null && title is null)
            return Fail("item has neither title nor content");
        if (body is not null && Encoding.UTF8.GetMaxByteCount(body.Length) > options.MaxDocumentBytes
            && Encoding.UTF8.GetByteCount(body) is var size && size > options.MaxDocumentBytes)
            return Fail(ByteSize.OverLimit(size, options.MaxDocumentBytes));

        var author = Text(item, "creator") ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == "author")
            ?.Elements().FirstOrDefault(e => e.Name.LocalName == "name")?.Value ?? Text(item, "author");
        var html = FeedItemPage.Build(title, link, published, author, Text(item, "category"), body);
        var id = Text(item, "guid") ?? Text(item, "id");
        return DocumentFactory.FromText(html, DocumentFormat.Html, origin, itemNumber, id, link ?? origin.Url, origin.Fetched, published);
    }

    private static string? Text(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName) is { } element
            && element.Value.Trim() is { Length: > 0 } value
            ? value
            : null;

    /// <summary>RSS puts the link in the element's text; Atom in <c>href</c>, preferring <c>rel="alternate"</c>.</summary>
    private static string? Link(XElement item)
    {
        var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var atom = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate" && l.Attribute("href") is not null);
        return (string?)atom?.Attribute("href") ?? links.Select(l => l.Value.Trim()).FirstOrDefault(v => v.Length > 0);
    }

    private Result<SourceDocument> Fail(string reason) =>
        Result<SourceDocument>.Fail(string.Create(CultureInfo.InvariantCulture, $"feed item {itemNumber}: {reason}"));
}
