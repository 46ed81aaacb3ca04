using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Ingest;
using Microsoft.Extensions.Time.Testing;

namespace Chronicle.Tests.Ingest;

public sealed class DocumentLoaderTests : IDisposable
{
    static DocumentLoaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Page = "<!DOCTYPE html><html><head><title>Kim meets Putin</title></head><body><p>The leaders met in Vostochny.</p></body></html>";

    private readonly TempFolder temp = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public void Dispose() => temp.Dispose();

    private List<LoadedDocument> Load(params string[] inputs)
    {
        using var loader = new DocumentLoader(time: time);
        return loader.LoadWithSources(inputs).ToList();
    }

    private static string Error(LoadedDocument loaded)
    {
        Assert.False(loaded.Document.IsSuccess, "expected a failure");
        return loaded.Document.Error!;
    }

    [Fact]
    public void Load_HtmlFile_KeepsProvenance()
    {
        var path = temp.File("page.txt", Page);
        var mtime = new DateTime(2025, 2, 28, 5, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, mtime);

        var document = Assert.Single(Load(path)).Document.Value!;

        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Equal(Page, document.Content);
        Assert.Equal(path, document.Provenance.Source);
        Assert.Null(document.Provenance.RecordOffset);
        Assert.Equal(new DateTimeOffset(mtime), document.Provenance.Fetched);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Page))), document.Provenance.Sha256);
    }

    [Fact]
    public void Load_Directory_RecursesInOrdinalOrder()
    {
        temp.File("b.txt", "Second\nbody");
        temp.File("a/z.html", Page);
        temp.File("a.txt", "First\nbody");

        var sources = Load(temp.Path).Select(l => Path.GetRelativePath(temp.Path, l.Source).Replace('\\', '/')).ToList();

        Assert.Equal(["a.txt", "a/z.html", "b.txt"], sources);
    }

    [Fact]
    public void Load_StandardInput_FetchedNow()
    {
        using var loader = new DocumentLoader(time: time, standardInput: () => new MemoryStream(Encoding.UTF8.GetBytes("Title\nBody line")));

        var document = Assert.Single(loader.LoadWithSources(["-"])).Document.Value!;

        Assert.Equal(DocumentFormat.Text, document.Format);
        Assert.Equal("-", document.Provenance.Source);
        Assert.Equal(time.GetUtcNow(), document.Provenance.Fetched);
    }

    [Fact]
    public void Load_GzippedPage_SameDocumentAndHashAsPlain()
    {
        var plain = temp.File("page.html", Page);
        var zipped = temp.File("page.bin", Gzip(Encoding.UTF8.GetBytes(Page)));

        var documents = Load(plain, zipped).Select(l => l.Document.Value!).ToList();

        Assert.Equal(documents[0].Content, documents[1].Content);
        Assert.Equal(documents[0].Provenance.Sha256, documents[1].Provenance.Sha256);
    }

    [Fact]
    public void Load_Jsonl_MalformedLineFailsWithItsNumber_RestGoOn()
    {
        var path = temp.File("docs.jsonl",
            """
            {"id": "a1", "url": "https://example.org/2025/02/28/kim", "html": "<p>One</p>", "fetched": "2025-02-28T06:00:00Z"}
            {"id": "a2", "text": "broken
            {"id": 3, "text": "Title\nThree"}

            {"url": "https://example.org/x"}
            """);

        var loaded = Load(path);

        Assert.Equal(4, loaded.Count);
        var first = loaded[0].Document.Value!;
        Assert.Equal(("a1", "https://example.org/2025/02/28/kim", DocumentFormat.Html, 1L), (first.Id, first.Url, first.Format, first.Provenance.RecordOffset!.Value));
        Assert.Equal(new DateTimeOffset(2025, 2, 28, 6, 0, 0, TimeSpan.Zero), first.Provenance.Fetched);
        Assert.StartsWith("line 2: invalid JSON", Error(loaded[1]), StringComparison.Ordinal);
        Assert.Equal(("3", "Title\nThree", 3L), (loaded[2].Document.Value!.Id, loaded[2].Document.Value!.Content, loaded[2].Document.Value!.Provenance.RecordOffset!.Value));
        Assert.Equal("line 5: no \"html\" or \"text\" field", Error(loaded[3]));
    }

    [Fact]
    public void Load_Rss_EachItemADocument_SummaryOnlyKeptWithLink()
    {
        var path = temp.File("feed.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>World</title>
              <item><title>Troops sent</title><link>https://example.org/a</link><pubDate>Wed, 26 Feb 2025 10:51:00 +0530</pubDate>
                <dc:creator>Jane Doe</dc:creator><description>Short</description>
                <content:encoded><![CDATA[<p>Full text one.</p><p>Two.</p>]]></content:encoded></item>
              <item><title>Summit ends</title><link>https://example.org/b</link><pubDate>Thu, 27 Feb 2025 08:00:00 GMT</pubDate>
                <description>Only a summary &amp; a link.</description></item>
            </channel></rss>
            """);

        var documents = Load(path).Select(l => l.Document.Value!).ToList();

        Assert.Equal(2, documents.Count);
        Assert.Equal(("https://example.org/a", 1L, DocumentFormat.Html), (documents[0].Url, documents[0].Provenance.RecordOffset!.Value, documents[0].Format));
        Assert.Equal(new DateTimeOffset(2025, 2, 26, 10, 51, 0, TimeSpan.FromMinutes(330)), documents[0].Published);
        Assert.Contains("<p>Full text one.</p><p>Two.</p>", documents[0].Content, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"author\" content=\"Jane Doe\">", documents[0].Content, StringComparison.Ordinal);
        Assert.Equal("https://example.org/b", documents[1].Url);
        Assert.Contains("<p>Only a summary &amp; a link.</p>", documents[1].Content, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 2, 27, 8, 0, 0, TimeSpan.Zero), documents[1].Published);
    }

    [Fact]
    public void Load_Atom_EntriesWithAlternateLinks()
    {
        var path = temp.File("atom.xml",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
              <entry><title>Pyongyang statement</title><id>tag:x,2025:1</id>
                <link rel="self" href="https://example.org/self"/><link rel="alternate" href="https://example.org/story"/>
                <published>2025-03-01T09:00:00+09:00</published><summary>Summary.</summary>
                <content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry>
            </feed>
            """);

        var document = Assert.Single(Load(path)).Document.Value!;

        Assert.Equal(("https://example.org/story", "tag:x,2025:1"), (document.Url, document.Id));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(9)), document.Published);
        Assert.Contains("<p>Body.</p>", document.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WarcGz_ResponseRecordsWithOffsetsUrisDates()
    {
        var warc = new WarcBuilder()
            .Record("warcinfo", "", "2025-02-28T00:00:00Z", "application/warc-fields", "software: test\r\n"u8.ToArray())
            .Response("https://example.org/one", "<html><head><meta charset=\"windows-1251\"></head><body><p>Один</p></body></html>", contentType: "text/html", encoding: Encoding.GetEncoding(1251))
            .Record("request", "https://example.org/two", "2025-02-28T05:22:00Z", "application/http; msgtype=request", "GET /two HTTP/1.1\r\n\r\n"u8.ToArray())
            .Response("https://example.org/image.jpg", "not html", contentType: "image/jpeg")
            .Response("https://example.org/two", Page, date: "2025-02-28T05:22:00Z");
        var memberOffsets = new List<long>();
        var zipped = warc.BuildGzip(memberOffsets);
        var path = temp.File("news.warc.gz", zipped);

        var documents = Load(path).Select(l => l.Document.Value!).ToList();

        Assert.Equal(["https://example.org/one", "https://example.org/two"], documents.Select(d => d.Url));
        Assert.Equal(new DateTimeOffset(2025, 2, 28, 5, 22, 0, TimeSpan.Zero), documents[1].Provenance.Fetched);
        // As in Common Crawl's index: the offset is the record's gzip member in the file, readable on its own.
        Assert.Equal([memberOffsets[1], memberOffsets[4]], documents.Select(d => d.Provenance.RecordOffset!.Value));
        using var member = new GZipStream(new MemoryStream(zipped, (int)memberOffsets[4], zipped.Length - (int)memberOffsets[4]), CompressionMode.Decompress);
        Assert.Contains("WARC-Target-URI: https://example.org/two", new StreamReader(member).ReadToEnd(), StringComparison.Ordinal);
        Assert.Equal(Page, documents[1].Content);
        Assert.Contains("<p>Один</p>", documents[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WarcWithChunkedAndGzippedPayloads_Decoded()
    {
        var chunked = Encoding.ASCII.GetBytes("18\r\n<html><body><p>Chunked s\r\n10;ext=1\r\ntory.</p></body>\r\n7\r\n</html>\r\n0\r\n\r\n");
        var path = temp.File("encoded.warc", new WarcBuilder()
            .Response("https://example.org/c", chunked, "Content-Type: text/html\r\nTransfer-Encoding: chunked")
            .Response("https://example.org/g", Gzip(Encoding.UTF8.GetBytes(Page)), "Content-Type: text/html\r\nContent-Encoding: gzip")
            .Response("https://example.org/bad", "zz\r\nnot chunked"u8.ToArray(), "Content-Type: text/html\r\nTransfer-Encoding: chunked")
            .Build());

        var loaded = Load(path);

        Assert.True(loaded.Count == 3, string.Join(" / ", loaded.Select(l => l.Document.Error ?? l.Document.Value!.Content)));
        Assert.True(loaded[0].Document.IsSuccess, loaded[0].Document.Error);
        Assert.Equal("<html><body><p>Chunked story.</p></body></html>", loaded[0].Document.Value!.Content);
        Assert.Equal(Page, loaded[1].Document.Value!.Content);
        Assert.EndsWith("(https://example.org/bad): malformed chunked HTTP payload", Error(loaded[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlainWarc_OffsetsInTheFile()
    {
        var first = new WarcBuilder().Response("https://example.org/1", Page).Build();
        var path = temp.File("plain.warc", new WarcBuilder().Response("https://example.org/1", Page).Response("https://example.org/2", Page).Build());

        Assert.Equal([0L, first.Length], Load(path).Select(l => l.Document.Value!.Provenance.RecordOffset!.Value));
    }

    [Fact]
    public void Load_TruncatedWarc_RecordsBeforeTheDamageThenOneFailure()
    {
        var full = new WarcBuilder().Response("https://example.org/1", Page).Response("https://example.org/2", Page).Build();
        var path = temp.File("cut.warc", full[..(full.Length - 60)]);

        var loaded = Load(path);

        Assert.Equal(2, loaded.Count);
        Assert.Equal("https://example.org/1", loaded[0].Document.Value!.Url);
        Assert.Contains("truncated WARC record", Error(loaded[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedGzip_Fails()
    {
        var zipped = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Page, 200))));
        var path = temp.File("cut.html.gz", zipped[..(zipped.Length / 2)]);

        Assert.Contains("truncated", Error(Assert.Single(Load(path))), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedWarcGz_RecordsBeforeTheDamageThenOneFailure()
    {
        var warc = new WarcBuilder();
        for (var i = 0; i < 20; i++)
            warc.Response($"https://example.org/{i}", Page + new string('x', 5000 + i));
        var zipped = warc.BuildGzip();
        var path = temp.File("cut.warc.gz", zipped[..(zipped.Length * 3 / 4)]);

        var loaded = Load(path);

        Assert.InRange(loaded.Count(l => l.Document.IsSuccess), 10, 16);
        Assert.Single(loaded, l => !l.Document.IsSuccess);
        Assert.False(loaded[^1].Document.IsSuccess);
    }

    [Theory]
    [InlineData("doc.pdf", "255044462D312E340A25E2E3CFD30A", "binary file (PDF), not a news document")]
    [InlineData("photo.jpg", "FFD8FFE000104A46494600010100000100010000", "binary file (JPEG image), not a news document")]
    [InlineData("empty.html", "", "empty file")]
    public void Load_BadFiles_FailWithReason(string name, string hex, string reason)
    {
        var path = temp.File(name, Convert.FromHexString(hex));
        var loaded = Assert.Single(Load(path));
        Assert.Equal(path, loaded.Source);
        Assert.Equal(reason, Error(loaded));
    }

    [Fact]
    public void Load_MissingPath_FailsAndTheBatchGoesOn()
    {
        var good = temp.File("good.txt", "Title\nBody");
        var missing = Path.Combine(temp.Path, "nope.html");

        var loaded = Load(missing, good);

        Assert.Equal("no such file or directory", Error(loaded[0]));
        Assert.True(loaded[1].Document.IsSuccess);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Load_UnreadableFile_FailsWithPermissionDenied()
    {
        var path = temp.File("secret.html", Page);
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            using (var probe = TryOpen(path))
            {
                if (probe is not null)
                    Assert.Skip("Running as root (or on a file system without permissions): the file stays readable after chmod 000.");
            }

            Assert.Equal("permission denied", Error(Assert.Single(Load(path))));
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void Load_PageOverTheLimit_FailsNamingItsSize()
    {
        var path = Path.Combine(temp.Path, "huge.html");
        using (var file = File.Create(path))
        {
            file.Write("<html><body><p>"u8);
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (var i = 0; i < 50; i++)
                file.Write(chunk);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Error(Assert.Single(Load(path)));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("document is 50.0 MB, over the 20.0 MB limit", error);
        Assert.True(allocated < 4 << 20, $"allocated {allocated} bytes to refuse a 50 MB page");
    }

    [Fact]
    public void Load_GzippedPageOverTheLimit_FailsWithoutHoldingIt()
    {
        // A compressed page's size is known only by inflating it; the limit is lowered so the test stays fast.
        var page = new byte[3 << 20];
        page.AsSpan().Fill((byte)'a');
        "<html><body><p>"u8.CopyTo(page);
        var path = temp.File("huge.html.gz", Gzip(page));
        using var loader = new DocumentLoader(new IngestOptions { MaxDocumentBytes = 1 << 20 }, time);

        Assert.Equal("document is 3.0 MB, over the 1.0 MB limit", Assert.Single(loader.LoadWithSources([path])).Document.Error);
    }

    [Fact]
    public void Load_InvalidUtf8_DecodesWithANote()
    {
        var path = temp.File("bad.html", [.. "<html><body><p>Kim’s “historic” visit "u8, 0xFF, 0xFE, .. " ended</p></body></html>"u8]);

        var document = Assert.Single(Load(path)).Document.Value!;

        Assert.Contains("Kim’s “historic” visit \uFFFD\uFFFD ended", document.Content, StringComparison.Ordinal);
        Assert.Equal("invalid UTF-8: 2 byte sequence(s) replaced by U+FFFD", Assert.Single(document.Notes));
    }

    [Fact]
    public void Load_FailureReasonsNameTheInput()
    {
        var path = temp.File("e.txt", "");
        using var loader = new DocumentLoader(time: time);
        Assert.Equal($"{path}: empty file", Assert.Single(loader.Load([path])).Error);
    }

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(data);
        return output.ToArray();
    }
}
