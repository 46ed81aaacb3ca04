using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Chronicle.Extraction.LanguageDetection;
using Chronicle.Ingest;

namespace Chronicle.Extraction.Html;

/// <summary>
/// Extracts the article of an HTML page: metadata from JSON-LD, OpenGraph/Twitter/meta tags and the markup, the
/// publication date from the injected <see cref="IHtmlDateFinder"/>, wire agencies from the injected
/// <see cref="IAgencyDetector"/>, and the body by the cascade of <see cref="BodyExtractor"/>. Thread-safe and reusable.
/// </summary>
public sealed class HtmlArticleExtractor : IArticleExtractor
{
    /// <summary>Pages longer than this (in characters) are refused: parsing them would take seconds and hundreds of MB.</summary>
    public const int DefaultMaxPageChars = 16 * 1024 * 1024;

    private const int BinarySniffChars = 4096;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsNotConsumingCharacterReferences = false };

    private readonly IHtmlDateFinder dates;
    private readonly IAgencyDetector agencies;
    private readonly ClassPatterns classPatterns;
    private readonly MetadataPatterns metadataPatterns;

    public HtmlArticleExtractor(IHtmlDateFinder dates, IAgencyDetector agencies)
    {
        this.dates = dates;
        this.agencies = agencies;
        classPatterns = ClassPatterns.Default;
        metadataPatterns = MetadataPatterns.Default;
    }

    public int MaxPageChars { get; init; } = DefaultMaxPageChars;

    public Result<Article> Extract(SourceDocument document)
    {
        if (document.Content.Length > MaxPageChars)
            return Result<Article>.Fail($"page too large: {document.Content.Length:N0} characters (limit {MaxPageChars:N0})");
        if (string.IsNullOrWhiteSpace(document.Content))
            return Result<Article>.Fail("empty page");
        // Text never holds NUL; a decoded PDF, image or archive does.
        if (document.Content.AsSpan(0, Math.Min(document.Content.Length, BinarySniffChars)).Contains('\0'))
            return Result<Article>.Fail("binary content, not HTML");

        var parser = new HtmlParser(ParserOptions);
        using var page = parser.ParseDocument(document.Content);
        return Extract(page, document.Url);
    }

    /// <summary>Extracts from an already parsed page (the bench and callers that parse once for several readers use this).</summary>
    public Result<Article> Extract(IDocument page, string? url)
    {
        if (page.Body is not { } body)
            return Result<Article>.Fail("the page has no <body>");

        var model = new DomWalker(classPatterns, metadataPatterns).Walk(body, page.Head);
        var meta = new MetaTags(model.MetaElements);
        var jsonLd = JsonLdArticle.Read(model.JsonLdScripts);
        var language = DeclaredLanguage(page, meta) ?? LanguageDetector.Detect(SampleText(model));
        var cjk = language is "zh" or "ja" or "ko";

        var body_ = BodyExtractor.Extract(model, LanguageDetector.ProfileFor(language), cjk);
        var metadata = MetadataReader.Read(page, model, meta, jsonLd, url);
        var paragraphs = Paragraphs(body_.Blocks, metadata.Title);
        if (paragraphs.Count == 0)
            return Result<Article>.Fail("no article text found");

        var standfirst = metadata.Standfirst
            ?? (metadata.Description is { } description && !StartsParagraphs(description, paragraphs) ? description : null);
        var creditLines = new List<string>(jsonLd.Authors);
        if (jsonLd.Publisher is { } publisher)
            creditLines.Add(publisher);
        if (meta.Get("author") is { } metaAuthor)
            creditLines.Add(metaAuthor);

        return new Article
        {
            Title = metadata.Title,
            Published = dates.FindPublished(page, url),
            Outlet = metadata.Outlet,
            Agencies = agencies.Detect(new AgencyEvidence(metadata.Byline, creditLines, paragraphs, url)),
            Byline = metadata.Byline,
            Section = metadata.Section,
            Standfirst = standfirst,
            Paragraphs = paragraphs,
            Language = language,
            Url = url,
        };
    }

    private static string? DeclaredLanguage(IDocument page, MetaTags meta)
    {
        var declared = page.DocumentElement?.GetAttribute("lang") ?? meta.Get("content-language", "og:locale", "language");
        if (string.IsNullOrWhiteSpace(declared))
            return null;
        var code = declared.Trim();
        var end = code.IndexOfAny(['-', '_', ',', ' ']);
        if (end > 0)
            code = code[..end];
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetter) ? code.ToLowerInvariant() : null;
    }

    /// <summary>The longer blocks of the page, enough to recognise its language.</summary>
    private static string SampleText(PageModel model)
    {
        var sample = new System.Text.StringBuilder();
        foreach (var block in model.Blocks)
        {
            if (block.Length < 40 || block.LinkDensity > 0.3)
                continue;
            sample.Append(block.Text).Append(' ');
            if (sample.Length > 4000)
                break;
        }

        return sample.ToString();
    }

    /// <summary>The output paragraphs: line breaks inside a block split it; the title and repeats are left out.</summary>
    private static List<string> Paragraphs(IReadOnlyList<TextBlock> blocks, string? title)
    {
        var paragraphs = new List<string>(blocks.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (title is not null && block.Kind == BlockKind.Heading && string.Equals(block.Text, title, StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var line in block.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (title is not null && string.Equals(line, title, StringComparison.OrdinalIgnoreCase))
                    continue;
                if (line.Length > 20 && !seen.Add(line))
                    continue;
                paragraphs.Add(line);
            }
        }

        return paragraphs;
    }

    private static bool StartsParagraphs(string standfirst, List<string> paragraphs)
    {
        var head = standfirst.TrimEnd('.', '…', ' ');
        if (head.Length > 60)
            head = head[..60];
        return paragraphs[0].StartsWith(head, StringComparison.OrdinalIgnoreCase);
    }
}
