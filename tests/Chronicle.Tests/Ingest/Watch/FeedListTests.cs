using Chronicle.Ingest.Watch;

namespace Chronicle.Tests.Ingest.Watch;

public sealed class FeedListTests : IDisposable
{
    private readonly Support.TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Write(string name, string text)
    {
        var path = folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Read_Opml_TakesNestedOutlines_SkipsFoldersSilently_AndNotesOutlinesWithoutXmlUrl()
    {
        var opml = Write("feeds.opml", """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>World</title></head><body>
              <outline text="Asia">
                <outline text="Korea" title="Korea">
                  <outline type="rss" text="Yonhap" xmlUrl="https://en.yna.example/rss/news.xml"/>
                </outline>
                <outline type="rss" text="Kyodo" xmlurl="https://kyodo.example/feed"/>
              </outline>
              <outline type="rss" text="No address"/>
              <outline type="rss" text="Gopher" xmlUrl="gopher://old.example/feed"/>
              <outline type="rss" text="Yonhap again" xmlUrl="https://en.yna.example/rss/news.xml"/>
            </body></opml>
            """);

        var list = FeedList.Read([opml]);

        Assert.True(list.IsSuccess, list.Error);
        Assert.Equal(["https://en.yna.example/rss/news.xml", "https://kyodo.example/feed"], list.Value!.Feeds);
        Assert.Collection(
            list.Value.Notes,
            note => Assert.Equal($"{opml}:9: outline 'No address' has no xmlUrl; skipped", note),
            note => Assert.Equal($"{opml}:10: xmlUrl 'gopher://old.example/feed' is not an http(s) URL; skipped", note));
    }

    [Fact]
    public void Read_UrlsAndAListFile_KeepsOrder_SkipsCommentsAndNotesBadLines()
    {
        var list = Write("feeds.txt", "# wires\nhttps://a.example/rss\n\n  https://b.example/atom.xml  \nnot a url\n");

        var read = FeedList.Read(["https://first.example/feed", list]);

        Assert.Equal(["https://first.example/feed", "https://a.example/rss", "https://b.example/atom.xml"], read.Value!.Feeds);
        Assert.Equal($"{list}:5: 'not a url' is not an http(s) URL; skipped", Assert.Single(read.Value.Notes));
    }

    [Theory]
    [InlineData("missing.opml", null, "no such file, and not an http(s) URL")]
    [InlineData("feed.xml", "<rss><channel></channel></rss>", "not an OPML file (its root element is <rss>)")]
    [InlineData("broken.opml", "<opml><body><outline xmlUrl=\"https://a.example/\">", "not well-formed OPML (")]
    public void Read_UnusableFile_FailsNamingIt(string name, string? text, string reason)
    {
        var path = text is null ? folder.File(name) : Write(name, text);

        var read = FeedList.Read([path]);

        Assert.StartsWith($"{path}: {reason}", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoFeedsAtAll_Fails()
    {
        var opml = Write("empty.opml", "<opml><body><outline text=\"Nothing\"/></body></opml>");

        Assert.StartsWith("no feeds to watch: ", FeedList.Read([opml]).Error, StringComparison.Ordinal);
    }
}
