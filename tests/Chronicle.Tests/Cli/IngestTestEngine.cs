using System.Net;
using System.Text.RegularExpressions;
using Chronicle.Extraction;
using Chronicle.Ingest;

namespace Chronicle.Tests.Cli;

/// <summary>
/// An engine whose extractors are deliberately crude (title = first line or &lt;title&gt;, body = long lines or &lt;p&gt;
/// texts), so the ingest and query commands are tested on their own, independent of the real extractors' quality.
/// A document with no body fails, as the real extractors do.
/// </summary>
internal static partial class IngestTestEngine
{
    public static ChronicleEngine Create() => Create(TimeProvider.System);

    public static ChronicleEngine Create(TimeProvider time) =>
        new ChronicleBuilder().UseTimeProvider(time).UseHtmlExtractor(new HtmlDouble()).UseTextExtractor(new TextDouble()).Build();

    private sealed class TextDouble : IArticleExtractor
    {
        public Result<Article> Extract(SourceDocument document)
        {
            var lines = document.Content.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var paragraphs = lines.Skip(1).Where(line => line.Length >= 80 && line.Contains(' ', StringComparison.Ordinal)).ToArray();
            return paragraphs.Length == 0
                ? Result<Article>.Fail("no article text found")
                : new Article { Title = lines[0], Paragraphs = paragraphs, Outlet = "Text Double" };
        }
    }

    private sealed partial class HtmlDouble : IArticleExtractor
    {
        public Result<Article> Extract(SourceDocument document)
        {
            var paragraphs = Paragraph().Matches(document.Content).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, "")).Trim())
                .Where(p => p.Length >= 60).ToArray();
            var title = Title().Match(document.Content) is { Success: true } t ? WebUtility.HtmlDecode(t.Groups[1].Value) : null;
            return paragraphs.Length == 0
                ? Result<Article>.Fail("no article body found in the HTML")
                : new Article { Title = title, Paragraphs = paragraphs, Outlet = "HTML Double", Agencies = document.Content.Contains("(Reuters)", StringComparison.Ordinal) ? ["Reuters"] : [] };
        }

        [GeneratedRegex(@"<p[^>]*>(.*?)</p>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
        private static partial Regex Paragraph();

        [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
        private static partial Regex Title();

        [GeneratedRegex("<[^>]+>")]
        private static partial Regex Tag();
    }
}
