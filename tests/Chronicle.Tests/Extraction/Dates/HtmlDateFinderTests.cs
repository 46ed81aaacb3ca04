using AngleSharp.Html.Parser;
using Chronicle.Extraction.Dates;
using Chronicle.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Chronicle.Tests.Extraction.Dates;

/// <summary>Runs the HTML cases in <c>Cases/dates/html</c>: each page starts with <c>&lt;!-- url: … | expected: ISO or none --&gt;</c>.</summary>
public sealed class HtmlDateFinderTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CaseFiles.PathOf("dates/html"), "*.html").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FindPublished_HtmlCase_GivesTheExpectedDate(string file)
    {
        var html = File.ReadAllText(CaseFiles.PathOf("dates/html/" + file));
        var (url, expected) = Header(html);
        using var page = new HtmlParser().ParseDocument(html);

        var found = new HtmlDateFinder(new FakeTimeProvider(Now)).FindPublished(page, url);

        Assert.Equal(expected, found?.ToIsoString() ?? "none");
    }

    [Fact]
    public void HtmlCases_CoverEachSource() => Assert.True(Cases().Count >= 20);

    [Fact]
    public void FindPublished_ClockBeforeThePage_RejectsTheDate()
    {
        const string html = """<html><head><meta property="article:published_time" content="2025-02-28"></head><body></body></html>""";
        using var page = new HtmlParser().ParseDocument(html);

        var before = new HtmlDateFinder(new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))).FindPublished(page, null);
        var after = new HtmlDateFinder(new FakeTimeProvider(Now)).FindPublished(page, null);

        Assert.Null(before);
        Assert.Equal("2025-02-28", after?.ToIsoString());
    }

    private static (string Url, string Expected) Header(string html)
    {
        var start = html.IndexOf("<!--", StringComparison.Ordinal) + 4;
        var end = html.IndexOf("-->", start, StringComparison.Ordinal);
        string url = "", expected = "";
        foreach (var part in html[start..end].Split('|'))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var (key, value) = (part[..colon].Trim(), part[(colon + 1)..].Trim());
            if (key == "url")
                url = value;
            else if (key == "expected")
                expected = value;
        }

        return (url, expected);
    }
}
