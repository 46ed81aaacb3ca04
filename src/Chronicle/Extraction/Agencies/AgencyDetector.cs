using Chronicle.Extraction.Text;

namespace Chronicle.Extraction.Agencies;

/// <summary>Names the wire services a story is credited to, from the places where credits stand: the byline, a source
/// line under the title, a dateline opening the body and a trailer closing it. An agency named elsewhere — in a photo
/// caption, or cited as a source inside the body ("Interfax reported") — is not a credit.</summary>
public sealed class AgencyDetector : IAgencyDetector
{
    /// <summary>A credit line longer than this is prose that happens to name an agency.</summary>
    private const int MaxCreditLineWords = 15;

    /// <summary>A caption's description: a bracketed agency after this many words is a photo credit.</summary>
    private const int CaptionMinWords = 4;

    /// <summary>Trailers ("With inputs from …", "Reporting by …") are short.</summary>
    private const int MaxTrailerWords = 60;

    /// <summary>Datelines open the first paragraphs only (a kicker or a standfirst can come first).</summary>
    private const int DatelineParagraphs = 2;

    /// <summary>Trailers close the last paragraphs only.</summary>
    private const int TrailerParagraphs = 3;

    /// <summary>Only the head of a paragraph is searched for a dateline.</summary>
    private const int DatelineHeadLength = 160;

    private readonly PhraseSet _photoWords;
    private readonly PhraseSet _attributionCues;

    public AgencyDetector(AgencyCatalog catalog)
        : this(catalog, PhraseSet.FromResource("extraction/text/photo-credit-words.txt"), PhraseSet.FromResource("extraction/text/attribution-cues.txt"))
    {
    }

    public AgencyDetector(AgencyCatalog catalog, PhraseSet photoWords, PhraseSet attributionCues)
    {
        Catalog = catalog;
        _photoWords = photoWords;
        _attributionCues = attributionCues;
    }

    /// <summary>The detector over the bundled agency list.</summary>
    public static AgencyDetector Default { get; } = new(AgencyCatalog.Default);

    public AgencyCatalog Catalog { get; }

    public IReadOnlyList<string> Detect(AgencyEvidence evidence)
    {
        var found = new List<string>();
        if (!string.IsNullOrWhiteSpace(evidence.Byline))
            AddAll(found, FromByline(evidence.Byline));
        foreach (var line in evidence.CreditLines)
            AddAll(found, FromCreditLine(line));
        var paragraphs = evidence.Paragraphs;
        for (var i = 0; i < Math.Min(DatelineParagraphs, paragraphs.Count); i++)
            AddAll(found, FromDateline(paragraphs[i]));
        for (var i = Math.Max(0, paragraphs.Count - TrailerParagraphs); i < paragraphs.Count; i++)
            AddAll(found, FromTrailer(paragraphs[i], i == paragraphs.Count - 1));
        return found;
    }

    /// <summary>"By Jane Doe, Reuters", "Associated Press": every agency named, unless the line credits a photo.</summary>
    public IEnumerable<string> FromByline(string byline)
    {
        if (_photoWords.ContainsWord(byline) || _attributionCues.ContainsWord(byline))
            return [];
        return Names(byline);
    }

    /// <summary>A line near the title or the body that may carry a credit: a source line ("Bloomberg |"), a trailer
    /// form, or a short line naming agencies; captions and citations are not credits.</summary>
    public IEnumerable<string> FromCreditLine(string line)
    {
        if (TrailerCredit(line) is { } trailer)
            return trailer;
        if (_photoWords.ContainsWord(line) || _attributionCues.ContainsWord(line) || LooksLikeCaption(line))
            return [];
        return LineText.CountWords(line) <= MaxCreditLineWords ? Names(line) : [];
    }

    /// <summary>The agency of a dateline opening a paragraph: <c>MOSCOW (Reuters) -</c>.</summary>
    public IEnumerable<string> FromDateline(string paragraph)
    {
        var head = paragraph.Length > DatelineHeadLength ? paragraph[..DatelineHeadLength] : paragraph;
        var match = CreditPatterns.Dateline().Match(head);
        return match.Success ? AllAgencies(match.Groups["agency"].Value) : [];
    }

    /// <summary>A closing credit: "(With inputs from AFP)", "(Reporting by …; Editing by …)" (Reuters), "— AP",
    /// "Associated Press writer … contributed to this report", a copyright line, or "(ANI)" after the last sentence.</summary>
    public IEnumerable<string> FromTrailer(string paragraph, bool isLast)
    {
        if (TrailerCredit(paragraph) is { } trailer)
            return trailer;
        if (!isLast)
            return [];
        var bracket = CreditPatterns.BracketTrailer().Match(paragraph);
        if (bracket.Success)
            return AllAgencies(bracket.Groups["agency"].Value);
        var dash = CreditPatterns.DashTrailer().Match(paragraph);
        return dash.Success ? AllAgencies(dash.Groups["agency"].Value) : [];
    }

    /// <summary>The agencies of a line shaped as a credit, or null when the line has no credit shape.</summary>
    private IReadOnlyList<string>? TrailerCredit(string line)
    {
        var trimmed = line.AsSpan().Trim().Trim("()[]");
        if (trimmed.Length == 0 || LineText.CountWords(trimmed) > MaxTrailerWords)
            return null;
        if (AllAgencies(trimmed) is { Count: > 0 } whole)
            return whole;
        var inputs = CreditPatterns.InputsFrom().Match(line);
        if (inputs.Success)
            return Names(inputs.Groups["names"].Value);
        if (CreditPatterns.ReportingBy().IsMatch(trimmed))
        {
            var named = Names(line);
            return named.Count > 0 ? named : ["Reuters"];
        }

        if (CreditPatterns.ContributedToThisReport().IsMatch(line) || CreditPatterns.Copyright().IsMatch(line))
            return Names(line);
        var dash = CreditPatterns.DashCredit().Match(line);
        if (dash.Success)
            return AllAgencies(dash.Groups["names"].Value);
        var source = CreditPatterns.SourceLabel().Match(line);
        if (source.Success && !_photoWords.ContainsWord(line))
            return Names(source.Groups["names"].Value);
        return null;
    }

    /// <summary>A caption: a description of some words, then a bracketed credit ("Kim Jong Un with Vladimir Putin (PTI image)").</summary>
    private static bool LooksLikeCaption(string line)
    {
        var text = line.AsSpan().TrimEnd();
        if (text.Length == 0 || text[^1] != ')')
            return false;
        var open = text.LastIndexOf('(');
        return open > 0 && LineText.CountWords(text[..open]) >= CaptionMinWords;
    }

    private List<string> Names(string text) => Catalog.FindAll(text).Select(m => m.Agency).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The agencies when the text is nothing but agency names ("AP", "Reuters/AFP", "PTI and ANI"); else none.</summary>
    private List<string> AllAgencies(ReadOnlySpan<char> text)
    {
        var names = new List<string>();
        foreach (var range in text.SplitAny("/,&;"))
        {
            var part = text[range].Trim();
            if (part.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
                part = part[4..];
            var andAt = part.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
            if (andAt > 0)
            {
                if (Catalog.MatchWhole(part[..andAt]) is not { } left)
                    return [];
                names.Add(left);
                part = part[(andAt + 5)..];
            }

            if (part.IsEmpty)
                continue;
            if (Catalog.MatchWhole(part) is not { } agency)
                return [];
            names.Add(agency);
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void AddAll(List<string> into, IEnumerable<string> agencies)
    {
        foreach (var agency in agencies)
        {
            if (!into.Contains(agency, StringComparer.Ordinal))
                into.Add(agency);
        }
    }
}
