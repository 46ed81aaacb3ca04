using System.Text;

namespace Chronicle.Ingest;

/// <summary>Makes the legacy code pages (windows-125x, ISO-8859-x, Shift_JIS, GB18030, EUC-KR…) available; .NET ships only the Unicode ones by default.</summary>
internal static class EncodingRegistry
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static void EnsureRegistered() => _ = Registered.Value;

    /// <summary>The encoding a charset label names, with the WHATWG aliases browsers apply (ISO-8859-1 and ASCII mean windows-1252); null when unknown.</summary>
    public static Encoding? Find(string label)
    {
        EnsureRegistered();
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant() switch
        {
            "iso-8859-1" or "latin1" or "iso8859-1" or "us-ascii" or "ascii" or "l1" => "windows-1252",
            "x-sjis" or "sjis" or "ms_kanji" or "windows-31j" => "shift_jis",
            "gb2312" or "gbk" or "x-gbk" => "gb18030",
            "ks_c_5601-1987" or "windows-949" => "euc-kr",
            "utf8" => "utf-8",
            var other => other,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
