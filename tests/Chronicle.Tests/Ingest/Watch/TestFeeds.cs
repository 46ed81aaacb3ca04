using System.Net;
using System.Security;
using System.Text;

namespace Chronicle.Tests.Ingest.Watch;

/// <summary>Feeds for the watch tests, written out in full so each test shows what the server says.</summary>
internal static class TestFeeds
{
    public const string ContentType = "application/rss+xml";

    /// <summary>An RSS 2.0 feed whose items (guid, title) each have a body long enough to be an article.</summary>
    public static string Rss(string? extraChannelXml, params (string Guid, string Title)[] items)
    {
        var feed = new StringBuilder("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Test wire</title>\n");
        feed.Append(extraChannelXml);
        foreach (var (guid, title) in items)
        {
            feed.Append("<item><guid>").Append(SecurityElement.Escape(guid)).Append("</guid><title>").Append(SecurityElement.Escape(title))
                .Append("</title><link>https://news.example/").Append(WebUtility.UrlEncode(guid)).Append("</link><description>")
                .Append(SecurityElement.Escape($"{title}: officials in the capital said on Tuesday that talks would continue next week, according to the ministry."))
                .Append("</description></item>\n");
        }

        return feed.Append("</channel></rss>\n").ToString();
    }
}
