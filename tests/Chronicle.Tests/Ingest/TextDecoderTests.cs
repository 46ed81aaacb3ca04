using System.Text;
using Chronicle.Ingest;

namespace Chronicle.Tests.Ingest;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Undeclared legacy encodings: the detector must find each from the bytes alone.</summary>
    public static TheoryData<string, string> Undeclared => new()
    {
        { "windows-1251", "Президент России Владимир Путин встретился с лидером Северной Кореи Ким Чен Ыном во Владивостоке в среду." },
        { "shift_jis", "北朝鮮の金正恩総書記は、ロシアのプーチン大統領と会談し、両国の協力について話し合った。" },
        { "gb18030", "朝鲜最高领导人金正恩与俄罗斯总统普京举行会谈，双方讨论了两国在各个领域的合作问题。" },
        { "euc-kr", "북한의 김정은 국무위원장이 러시아의 푸틴 대통령과 정상회담을 가졌다고 조선중앙통신이 보도했다." },
        { "windows-1252", "Le président français a déclaré à la presse que la réunion était très importante pour l’Europe." },
    };

    [Theory]
    [MemberData(nameof(Undeclared))]
    public void Decode_DetectsUndeclaredLegacyEncoding(string encoding, string text)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(text);
        var decoded = TextDecoder.Decode(bytes, contentType: null, markup: false);
        Assert.Equal(text, decoded.Text);
        Assert.StartsWith(Encoding.GetEncoding(encoding).WebName, decoded.EncodingName, StringComparison.Ordinal);
        Assert.Empty(decoded.Notes);
    }

    [Fact]
    public void Decode_MetaCharsetWinsOverGuessing()
    {
        var html = "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Zażółć gęślą jaźń</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("iso-8859-2").GetBytes(html), null, markup: true);
        Assert.Equal(html, decoded.Text);
    }

    [Fact]
    public void Decode_StaleDeclaration_OnValidUtf8_ReadsUtf8WithANote()
    {
        // A page re-saved as UTF-8 that still declares its old encoding.
        var html = "<html><head><meta charset=\"euc-kr\"></head><body><p>대전일보 북한 러시아 파병</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(html), null, markup: true);
        Assert.Equal(html, decoded.Text);
        Assert.Contains(decoded.Notes, n => n.Contains("euc-kr", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_HttpEquivCharset()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>Москва</body></html>";
        Assert.Equal(html, TextDecoder.Decode(Encoding.GetEncoding(1251).GetBytes(html), null, markup: true).Text);
    }

    [Fact]
    public void Decode_HeaderCharsetWhenMarkupDeclaresNone()
    {
        var text = "Пхеньян";
        Assert.Equal(text, TextDecoder.Decode(Encoding.GetEncoding("koi8-r").GetBytes(text), "text/html; charset=KOI8-R", markup: true).Text);
    }

    [Fact]
    public void Decode_ByteOrderMarks()
    {
        Assert.Equal("’Seoul’", TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("’Seoul’")], null, false).Text);
        Assert.Equal("’Seoul’", TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("’Seoul’")], "text/html; charset=windows-1252", false).Text);
    }

    [Fact]
    public void Decode_InvalidUtf8_ReplacesAndNotes()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Kim’s visit — "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" to Moscow")];
        var decoded = TextDecoder.Decode(bytes, null, markup: false);
        Assert.Equal("Kim’s visit — \uFFFD( to Moscow", decoded.Text);
        Assert.Equal("invalid UTF-8: 1 byte sequence(s) replaced by U+FFFD", Assert.Single(decoded.Notes));
    }
}
