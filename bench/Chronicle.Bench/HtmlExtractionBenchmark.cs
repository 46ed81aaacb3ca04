using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Chronicle.Extraction;
using Chronicle.Extraction.Html;
using Chronicle.Ingest;

namespace Chronicle.Bench;

/// <summary>
/// HTML extraction over real pages: AngleSharp's parse alone (the floor) against parse plus extraction. The pages are
/// read from the folder in CHRONICLE_HTML_PAGES (for instance the unpacked extraction-dev set, /tmp/datasets/extraction),
/// else from the test cases of the repository.
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmark
{
    private const int MaxPages = 100;

    private readonly HtmlParser parser = new(new HtmlParserOptions { IsScripting = false });
    private readonly HtmlArticleExtractor extractor = new(new NoDate(), new NoAgency());
    private List<string> pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("CHRONICLE_HTML_PAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(FindRepoRoot(), "tests", "Chronicle.Tests", "Cases", "html");
        pages = [.. Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(MaxPages).Select(File.ReadAllText)];
        if (pages.Count == 0)
            throw new InvalidOperationException($"No .html pages under {folder}.");
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        var nodes = 0;
        foreach (var html in pages)
        {
            using var document = parser.ParseDocument(html);
            nodes += document.All.Length;
        }

        return nodes;
    }

    [Benchmark]
    public int ParseAndExtract()
    {
        var paragraphs = 0;
        foreach (var html in pages)
        {
            var result = extractor.Extract(new SourceDocument(null, html, DocumentFormat.Html, new Provenance("bench", null, null, null, "")));
            paragraphs += result.Value?.Paragraphs.Count ?? 0;
        }

        return paragraphs;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Chronicle.slnx not found.");
    }

    // The benchmark measures body and metadata extraction; dates and agencies have benchmarks of their own.
    private sealed class NoDate : IHtmlDateFinder
    {
        public PublicationDate? FindPublished(IDocument page, string? url) => null;
    }

    private sealed class NoAgency : IAgencyDetector
    {
        public IReadOnlyList<string> Detect(AgencyEvidence evidence) => [];
    }
}
