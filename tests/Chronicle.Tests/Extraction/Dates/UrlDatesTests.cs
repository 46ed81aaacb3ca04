using Chronicle.Extraction.Dates;

namespace Chronicle.Tests.Extraction.Dates;

public sealed class UrlDatesTests
{
    [Theory]
    [InlineData("https://example.org/2025/02/28/story", "2025-02-28")]
    [InlineData("https://web.archive.org/web/20160218174457/http://example.org/2010/05/12/story/", "2010-05-12")]
    [InlineData("https://web.archive.org/web/20120216/http://www.example.org/politics/story", null)]
    [InlineData("https://web.archive.org/web/20120216id_/http://www.example.org/politics/story", null)]
    public void Find_ReadsThePagesOwnUrl_NotAnArchiveSnapshotTime(string url, string? expected) =>
        Assert.Equal(expected, UrlDates.Find(url)?.ToIsoString());
}
