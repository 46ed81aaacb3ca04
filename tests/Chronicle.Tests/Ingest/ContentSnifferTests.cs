using System.Text;
using Chronicle.Ingest;

namespace Chronicle.Tests.Ingest;

public sealed class ContentSnifferTests
{
    public static TheoryData<string, string> Heads => new()
    {
        { "<!DOCTYPE html><html><body><p>x</p></body></html>", "Html" },
        { "\uFEFF  <html lang=\"en\"><head>", "Html" },
        { "Some text\nwith a <p> tag later", "Html" },
        { "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", "Feed" },
        { "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", "Feed" },
        { "{\"id\": \"1\", \"text\": \"x\"}\n", "Jsonl" },
        { "WARC/1.0\r\nWARC-Type: warcinfo\r\n", "Warc" },
        { "Kim Jong Un meets Putin\nUpdated on: Feb 28, 2025\nThe leaders met.", "Text" },
        { "   \n\t ", "Empty" },
        { "", "Empty" },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void Sniff_TellsKindFromContent(string head, string expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(head)).Kind.ToString());

    [Theory]
    [InlineData("255044462D312E370A", "PDF")]
    [InlineData("FFD8FFE000104A464946", "JPEG image")]
    [InlineData("89504E470D0A1A0A0000", "PNG image")]
    [InlineData("504B030414000000", "ZIP archive (or DOCX/XLSX/EPUB)")]
    [InlineData("48656C6C6F00576F726C64", "unknown format with NUL bytes")]
    public void Sniff_NamesBinaryFormats(string hex, string name)
    {
        var (kind, detail) = ContentSniffer.Sniff(Convert.FromHexString(hex));
        Assert.Equal(InputKind.Binary, kind);
        Assert.Equal(name, detail);
    }

    [Fact]
    public void Sniff_Gzip() => Assert.Equal(InputKind.Gzip, ContentSniffer.Sniff([0x1F, 0x8B, 0x08, 0x00]).Kind);
}
