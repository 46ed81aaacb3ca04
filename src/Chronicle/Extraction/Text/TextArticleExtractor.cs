using Chronicle.Extraction.LanguageDetection;
using Chronicle.Ingest;

namespace Chronicle.Extraction.Text;

/// <summary>Extracts the article from a plain-text dump of a scraped news page by line-level evidence: each line gets a
/// kind from its shape and the phrase lists (<see cref="LineClassifier"/>), the layout places title, header, standfirst
/// and body (<see cref="DumpLayout"/>), and the metadata comes from the header's lines. Body paragraphs are kept
/// verbatim. With <see cref="BoilerplateLineStats"/>, lines repeated over an outlet's pages are dropped too.
/// Thread-safe and reusable.</summary>
public sealed class TextArticleExtractor : IArticleExtractor
{
    /// <summary>Share of control or replacement characters above which content is binary, not text.</summary>
    private const double MaxBinaryShare = 0.02;

    /// <summary>The binary check looks at the start of the content only.</summary>
    private const int BinaryProbeLength = 4096;

    private readonly IAgencyDetector _agencies;
    private readonly LineClassifier _classifier;
    private readonly BoilerplateLineStats? _boilerplate;

    public TextArticleExtractor(IAgencyDetector agencies, BoilerplateLineStats? boilerplate = null, TextPhraseLists? lists = null)
    {
        _agencies = agencies;
        _classifier = new LineClassifier(agencies, lists ?? TextPhraseLists.Default);
        _boilerplate = boilerplate;
    }

    public Result<Article> Extract(SourceDocument document)
    {
        var content = document.Content;
        if (string.IsNullOrWhiteSpace(content))
            return Result<Article>.Fail("empty document");
        if (LooksBinary(content))
            return Result<Article>.Fail("binary content, not a text dump");

        var lines = ReadLines(content, _boilerplate is null ? null : BoilerplateLineStats.KeyOf(document));
        var layout = DumpLayout.Analyse(lines);
        if (layout.Body.Count == 0)
            return Result<Article>.Fail("no article text: no prose paragraph found");

        var paragraphs = layout.Body.Select(i => lines[i].Text).ToList();
        var meta = DumpMetadata.Read(lines, layout, document.Url, _agencies);
        var agencies = _agencies.Detect(new AgencyEvidence(meta.Byline, meta.CreditLines, paragraphs, document.Url));
        return new Article
        {
            Title = meta.Title,
            Published = meta.Published,
            Outlet = meta.Outlet,
            Agencies = agencies,
            Byline = meta.Byline,
            Section = meta.Section,
            Standfirst = layout.Standfirst is { } s ? lines[s].Text : null,
            Paragraphs = paragraphs,
            Language = LanguageDetector.Detect(string.Join("\n\n", paragraphs)),
            Url = document.Url,
        };
    }

    /// <summary>The non-blank lines, trimmed and classified; a line printed twice in a row inside the page (a caption
    /// under an image) is a caption, and with corpus statistics a line common to the outlet's pages is boilerplate.</summary>
    private List<TextLine> ReadLines(string content, string? outletKey)
    {
        var lines = new List<TextLine>();
        var blank = false;
        var seenProse = false;
        foreach (var range in content.AsSpan().Split('\n'))
        {
            var span = content.AsSpan(range).Trim();
            if (span.IsEmpty)
            {
                blank = true;
                continue;
            }

            var text = span.ToString();
            var words = LineText.CountWords(span);
            var kind = _classifier.Classify(text, words);
            if (seenProse && kind is LineKind.Text or LineKind.Heading or LineKind.Short && !blank && lines[^1].Text == text)
            {
                kind = LineKind.Caption;
                lines[^1] = lines[^1] with { Kind = LineKind.Caption };
            }

            if (outletKey is not null && _boilerplate!.IsBoilerplate(outletKey, span))
                kind = LineKind.Boilerplate;
            seenProse |= kind == LineKind.Text;
            lines.Add(new TextLine(text, kind, blank, words));
            blank = false;
        }

        return lines;
    }

    private static bool LooksBinary(string content)
    {
        var probe = content.AsSpan(0, Math.Min(content.Length, BinaryProbeLength));
        var odd = 0;
        foreach (var c in probe)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')))
                odd++;
        }

        return odd > MaxBinaryShare * probe.Length;
    }
}
