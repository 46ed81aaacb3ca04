using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Tests.Cli;

/// <summary>
/// Generates <c>samples/warc/continental-review-2024-2025.warc.gz</c>: a tiny CC-NEWS-style archive, one gzip member
/// per record (warcinfo, then a request and a response for each page). Record ids and dates are fixed so the content is
/// reproducible; <see cref="SampleWarcTests"/> checks the committed file against it and rewrites it on request.
/// </summary>
internal static class SampleWarc
{
    public const string RelativePath = "samples/warc/continental-review-2024-2025.warc.gz";

    /// <summary>The archive's records, uncompressed, in order.</summary>
    public static IReadOnlyList<byte[]> Records()
    {
        var records = new List<byte[]>
        {
            Record("warcinfo", null, "2025-01-20T00:00:00Z", "application/warc-fields",
                Encoding.UTF8.GetBytes("software: Chronicle tests/Chronicle.Tests/Cli/SampleWarc.cs\r\nformat: WARC File Format 1.1\r\ndescription: sample pages of The Continental Review\r\n")),
        };
        foreach (var page in Pages)
        {
            var uri = new Uri(page.Url);
            var request = Encoding.ASCII.GetBytes($"GET {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Host}\r\nUser-Agent: Chronicle-samples\r\nAccept: text/html\r\n\r\n");
            records.Add(Record("request", page.Url, page.Fetched, "application/http; msgtype=request", request));

            var body = (page.Charset == "iso-8859-1" ? Encoding.Latin1 : Encoding.UTF8).GetBytes(page.Html);
            var head = Encoding.ASCII.GetBytes(
                $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={page.Charset}\r\nContent-Length: {body.Length}\r\nServer: nginx\r\n\r\n");
            records.Add(Record("response", page.Url, page.Fetched, "application/http; msgtype=response", [.. head, .. body]));
        }

        return records;
    }

    /// <summary>The archive as written to disk: each record compressed as its own gzip member, as CC-NEWS does.</summary>
    public static byte[] Build()
    {
        using var output = new MemoryStream();
        foreach (var record in Records())
        {
            using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
            gzip.Write(record);
        }

        return output.ToArray();
    }

    private static byte[] Record(string type, string? uri, string date, string contentType, byte[] block)
    {
        // A record id derived from what the record is keeps the archive reproducible.
        var id = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(type + uri + date)).AsSpan(0, 16));
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"WARC-Type: {type}\r\n")
            .Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: <urn:uuid:{id}>\r\n")
            .Append(CultureInfo.InvariantCulture, $"WARC-Date: {date}\r\n");
        if (uri is not null)
            header.Append(CultureInfo.InvariantCulture, $"WARC-Target-URI: {uri}\r\n");
        header.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    private sealed record Page(string Url, string Fetched, string Charset, string Html);

    private const string Top = """<div class="masthead"><a href="/">The Continental Review</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/asia">Asia</a> <a href="/newsletters">Newsletters</a></nav></div>""";

    private const string Bottom = """<div class="share-bar">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div><section class="recommended"><h2>Recommended for you</h2><ul><li><a href="/r/1">Europe's long winter of energy worries</a></li><li><a href="/r/2">The quiet revival of night trains</a></li></ul></section><footer>The Continental Review &middot; Published in Brussels &middot; &copy; All rights reserved</footer>""";

    private static Page[] Pages { get; } =
    [
        new("https://continentalreview.example/asia/2024/06/19/putin-arrives-pyongyang", "2024-06-19T05:12:44Z", "utf-8", $$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Putin arrives in Pyongyang for first visit in 24 years – The Continental Review</title>
            <meta property="og:site_name" content="The Continental Review"><meta property="og:title" content="Putin arrives in Pyongyang for first visit in 24 years">
            <meta property="article:published_time" content="2024-06-19T04:30:00+02:00"></head><body>{{Top}}
            <article><h1>Putin arrives in Pyongyang for first visit in 24 years</h1><p class="byline">By Marta Kowalski</p>
            <p>Russian President Vladimir Putin arrived in Pyongyang in the early hours of Wednesday for his first visit to North Korea since 2000, and was greeted at the airport by leader Kim Jong Un, North Korean and Russian state media reported.</p>
            <p>Kim accompanied Putin from the airport to the Kumsusan state guesthouse, where the Russian leader was to stay during the two-day visit.</p>
            <p>On the eve of the visit, Putin wrote in an article published by the ruling party newspaper Rodong Sinmun that he valued North Korea's firm support for Russia's military operation in Ukraine.</p>
            <p>The United States and its allies have accused Pyongyang of supplying Russia with artillery shells and missiles, which both countries deny. From North Korea, Putin was due to go on to Vietnam.</p>
            </article>{{Bottom}}</body></html>
            """),
        new("https://continentalreview.example/europe/2024/10/28/nato-confirms-north-korean-troops-kursk", "2024-10-28T18:40:02Z", "utf-8", $$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>NATO says North Korean troops have been sent to Russia's Kursk region – The Continental Review</title>
            <meta property="og:site_name" content="The Continental Review"><meta property="article:published_time" content="2024-10-28T17:55:00+01:00">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"NATO says North Korean troops have been sent to Russia's Kursk region","datePublished":"2024-10-28T17:55:00+01:00","author":{"@type":"Person","name":"Marta Kowalski"},"publisher":{"@type":"Organization","name":"The Continental Review"} }</script>
            </head><body>{{Top}}
            <article><h1>NATO says North Korean troops have been sent to Russia's Kursk region</h1><p class="byline">By Marta Kowalski in Brussels</p>
            <p>NATO Secretary General Mark Rutte said on Monday that North Korean troops had been sent to Russia and that North Korean military units had been deployed to the Kursk region, calling it a significant escalation of the war in Ukraine.</p>
            <p>Rutte spoke after a South Korean delegation of intelligence and military officials briefed the alliance's members in Brussels.</p>
            <p>In Washington, the Pentagon said on Monday that about 10,000 North Korean soldiers had been sent to eastern Russia for training and that some of them had moved closer to Ukraine.</p>
            <p>Ukrainian forces crossed into the Kursk region in August and still hold part of it.</p>
            </article>{{Bottom}}</body></html>
            """),
        new("https://continentalreview.example/asia/2025/01/13/nis-north-korean-casualties-300-killed", "2025-01-13T09:30:51Z", "iso-8859-1", $$"""
            <!DOCTYPE html><html lang="en"><head><title>About 300 North Korean soldiers killed in Russia's war, Seoul's spy agency says - The Continental Review</title>
            <meta property="og:site_name" content="The Continental Review"></head><body>{{Top}}
            <article><h1>About 300 North Korean soldiers killed in Russia's war, Seoul's spy agency says</h1><p class="byline">By Jun Seo-yeon in Seoul &middot; <time datetime="2025-01-13T16:05:00+09:00">13 January 2025</time></p>
            <p>About 300 North Korean soldiers have been killed and 2,700 wounded while fighting for Russia against Ukraine, a South Korean lawmaker said on Monday, citing the National Intelligence Service.</p>
            <p>Lee Seong-kweun, a member of parliament's intelligence committee, told reporters that memos found on dead soldiers indicated that North Korean authorities had pressured them to take their own lives rather than be captured.</p>
            <p>The NIS confirmed on Saturday that Ukraine had captured two North Korean soldiers in the Kursk region.</p>
            <p>North Korea is estimated to have sent about 11,000 troops to Russia last year.</p>
            </article>{{Bottom}}</body></html>
            """),
        new("https://continentalreview.example/world/2025/01/19/gaza-ceasefire-takes-effect-three-hostages-freed", "2025-01-19T20:02:17Z", "utf-8", $$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Gaza ceasefire takes effect as Hamas frees three Israeli hostages – The Continental Review</title>
            <meta property="og:site_name" content="The Continental Review"><meta property="article:published_time" content="2025-01-19T20:45:00+01:00"></head><body>{{Top}}
            <article><h1>Gaza ceasefire takes effect as Hamas frees three Israeli hostages</h1><p class="byline">By Leila Mansour</p>
            <p>A ceasefire between Israel and Hamas took effect in Gaza on Sunday, nearly three hours later than planned, and Hamas released the first three hostages under the deal: Romi Gonen, Emily Damari and Doron Steinbrecher.</p>
            <p>Israel delayed the start of the truce until Hamas provided the names of the hostages to be freed on the first day.</p>
            <p>Israel is due to release 90 Palestinian prisoners in exchange for the three women.</p>
            <p>The ceasefire, mediated by Qatar, Egypt and the United States, is meant to last six weeks in its first phase, during which 33 hostages are to be released.</p>
            </article>{{Bottom}}</body></html>
            """),
    ];
}
