using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Chronicle.Ingest.Watch;

/// <summary>
/// The feeds a watch follows, read from its inputs: http(s) URLs as given, OPML files (every <c>outline</c> with an
/// <c>xmlUrl</c>, at any depth) and plain lists (one URL a line, <c>#</c> comments). A feed named twice is followed
/// once. Entries that cannot be used (an outline with no xmlUrl and no children, a line that is not a URL) are skipped
/// with a note; an input that cannot be read, or inputs that name no feed at all, fail.
/// </summary>
public sealed record FeedList(IReadOnlyList<string> Feeds, IReadOnlyList<string> Notes)
{
    public static Result<FeedList> Read(IEnumerable<string> inputs)
    {
        var feeds = new List<string>();
        var notes = new List<string>();
        foreach (var input in inputs)
        {
            if (UrlFetcher.IsUrl(input))
            {
                feeds.Add(input);
                continue;
            }

            var read = ReadFile(input, feeds, notes);
            if (read is not null)
                return Result<FeedList>.Fail(read);
        }

        var distinct = feeds.Select(feed => new Uri(feed).AbsoluteUri).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0
            ? Result<FeedList>.Fail("no feeds to watch: " + string.Join("; ", notes.DefaultIfEmpty("the inputs name none")))
            : new FeedList(distinct, notes);
    }

    /// <summary>Adds the feeds of one file; the reason it cannot be read, or null.</summary>
    private static string? ReadFile(string path, List<string> feeds, List<string> notes)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return $"{path}: no such file, and not an http(s) URL";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{path}: {e.Message}";
        }

        if (text.AsSpan().TrimStart().StartsWith("<"))
            return ReadOpml(path, text, feeds, notes);
        ReadLines(path, text, feeds, notes);
        return null;
    }

    private static string? ReadOpml(string path, string text, List<string> feeds, List<string> notes)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return $"{path}: not well-formed OPML ({e.Message})";
        }

        if (document.Root?.Name.LocalName is not "opml")
            return $"{path}: not an OPML file (its root element is <{document.Root?.Name.LocalName}>)";
        foreach (var outline in document.Root.Descendants().Where(e => e.Name.LocalName == "outline"))
        {
            var line = ((IXmlLineInfo)outline).LineNumber.ToString(CultureInfo.InvariantCulture);
            var url = outline.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals("xmlUrl", StringComparison.OrdinalIgnoreCase))?.Value.Trim();
            if (url is { Length: > 0 } && UrlFetcher.IsUrl(url))
                feeds.Add(url);
            else if (url is { Length: > 0 })
                notes.Add($"{path}:{line}: xmlUrl '{url}' is not an http(s) URL; skipped");
            else if (!outline.Elements().Any(e => e.Name.LocalName == "outline"))
                notes.Add($"{path}:{line}: outline '{Title(outline)}' has no xmlUrl; skipped");
        }

        return null;
    }

    private static void ReadLines(string path, string text, List<string> feeds, List<string> notes)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (UrlFetcher.IsUrl(line))
                feeds.Add(line);
            else
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{path}:{number}: '{line}' is not an http(s) URL; skipped"));
        }
    }

    private static string Title(XElement outline) =>
        (string?)outline.Attribute("title") ?? (string?)outline.Attribute("text") ?? "";
}
