namespace Chronicle.Extraction.Text;

/// <summary>Gives each line of a text dump its <see cref="LineKind"/> from its own shape and the phrase lists under
/// <c>Resources/extraction/text/</c>. Position-dependent decisions (title, body, teaser blocks) are made by the caller.</summary>
public sealed class LineClassifier
{
    /// <summary>No paragraph is this long; such a line is a blob (an inlined data URI, a minified bundle).</summary>
    public const int MaxLineLength = 100_000;

    /// <summary>Widgets, headings and credits are short; a long line is never one of them.</summary>
    private const int MaxWidgetWords = 10;
    private const int MaxHeadingWords = 8;
    private const int MaxCreditWords = 15;
    private const int MaxBylineWords = 10;
    private const int MaxTimestampWords = 16;
    private const int MaxCaptionWords = 40;
    private const int MaxCaptionCreditWords = 6;
    private const int MaxCopyrightWords = 20;

    /// <summary>A line this long is prose even without a closing full stop.</summary>
    private const int MinProseWords = 20;

    /// <summary>A line of this many words or more without sentence punctuation is headline-like; fewer is a label.</summary>
    private const int MinHeadingWords = 4;

    /// <summary>Menus printed on one line: at most this many words, this many to an entry.</summary>
    private const int MaxMenuWords = 24;
    private const int MaxMenuEntryWords = 3;

    /// <summary>A script line has a semicolon or brace at least every this many characters.</summary>
    private const int ScriptDensity = 60;

    /// <summary>Where a teaser line shows its label ("Also read: …").</summary>
    private const int TeaserLabelReach = 24;

    private readonly IAgencyDetector _agencies;
    private readonly PhraseSet _widgets;
    private readonly PhraseSet _promos;
    private readonly PhraseSet _teaserHeadings;
    private readonly PhraseSet _teaserLines;
    private readonly PhraseSet _photoWords;
    private readonly PhraseSet _bylineLabels;

    public LineClassifier(IAgencyDetector agencies)
        : this(agencies, TextPhraseLists.Default)
    {
    }

    public LineClassifier(IAgencyDetector agencies, TextPhraseLists lists)
    {
        _agencies = agencies;
        _widgets = lists.Widgets;
        _promos = lists.Promos;
        _teaserHeadings = lists.TeaserHeadings;
        _teaserLines = lists.TeaserLines;
        _photoWords = lists.PhotoWords;
        _bylineLabels = lists.BylineLabels;
    }

    public LineKind Classify(string line, int words)
    {
        if (line.Length > MaxLineLength)
            return LineKind.Oversized;
        if (IsCode(line))
            return LineKind.Code;
        if (words <= 3 && TextPatterns.Weather().IsMatch(line))
            return LineKind.Weather;
        var sentence = LineText.EndsLikeSentence(line);
        var normalized = LineText.Normalize(line);
        // A lone "Read more" is a widget (pages also use it to expand the story); a summary ending in it is a teaser.
        if (words <= MaxWidgetWords && _widgets.MatchesLine(normalized) || IsMenu(line, words))
            return LineKind.Widget;
        if (words <= MaxHeadingWords && !sentence ? _teaserHeadings.MatchesLine(normalized) || _teaserHeadings.MatchesLine(LabelOf(normalized)) : _teaserHeadings.MatchesSuffix(normalized))
            return LineKind.TeaserHeading;
        if (_promos.MatchesLine(normalized) || (words <= MaxCopyrightWords && TextPatterns.IsCopyrightLine(line)))
            return LineKind.Promo;
        if (_teaserLines.MatchesLine(normalized) && (!sentence || HasLabel(line)))
            return LineKind.TeaserLine;
        if (words <= MaxCaptionWords && IsCaption(line))
            return LineKind.Caption;
        if (words <= MaxTimestampWords && line.AsSpan().ContainsAnyInRange('0', '9') && TimestampLine.TryRead(line, out _))
            return LineKind.Timestamp;
        if (words <= MaxCreditWords && IsCredit(line, normalized, words, sentence))
            return LineKind.Credit;
        if ((sentence && LineText.HasLowerCase(line)) || words >= MinProseWords)
            return LineKind.Text;
        return words >= MinHeadingWords ? LineKind.Heading : LineKind.Short;
    }

    /// <summary>CSS rules (braces and properties) and script (statements and calls). Prose may hold a semicolon or a
    /// colon, but not braces around properties, nor a statement on a line this dense in semicolons.</summary>
    private static bool IsCode(string line)
    {
        var braces = 0;
        var semicolons = 0;
        foreach (var c in line)
        {
            if (c is '{' or '}')
                braces++;
            else if (c == ';')
                semicolons++;
        }

        if (braces >= 2 && (TextPatterns.StyleEvidence().IsMatch(line) || TextPatterns.ScriptEvidence().IsMatch(line)))
            return true;
        return semicolons > 0 && (semicolons + braces) * ScriptDensity >= line.Length && TextPatterns.ScriptEvidence().IsMatch(line);
    }

    /// <summary>The label before a long dash ("related — more stories" → "related"), or the line itself. A colon is not
    /// cut at: "Also read: …" is a single teaser line, not a heading.</summary>
    private static string LabelOf(string normalized)
    {
        var at = normalized.AsSpan().IndexOfAny(LabelEnds);
        return at > 0 ? normalized[..at].TrimEnd() : normalized;
    }

    private static readonly System.Buffers.SearchValues<char> LabelEnds = System.Buffers.SearchValues.Create("\u2014\u2013");

    /// <summary>A breadcrumb or menu printed on one line: short entries between separators ("Home > World > Asia",
    /// "News | Sport | Weather").</summary>
    private static bool IsMenu(string line, int words)
    {
        if (words > MaxMenuWords || LineText.EndsLikeSentence(line))
            return false;
        var separators = 0;
        var longest = 0;
        var entry = 0;
        foreach (var token in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan(token);
            if (word.Length == 1 && word[0] is '>' or '|' or '/' or '\u00BB' or '\u203A' or '\u00B7' or '\u2022')
            {
                separators++;
                entry = 0;
            }
            else if (!word.IsEmpty)
            {
                longest = Math.Max(longest, ++entry);
            }
        }

        return separators >= 2 && longest <= MaxMenuEntryWords;
    }

    /// <summary>A description closed by a bracketed photo or agency credit ("Russian president Vladimir Putin (AFP)"),
    /// a "Photo: …" or "Image caption, …" line, or a description with a last segment crediting a photo. A sentence followed by a bare agency,
    /// "… the ministry said. (ANI)", is a story's closing credit, not a caption.</summary>
    private bool IsCaption(string line)
    {
        var text = line.AsSpan().TrimEnd();
        if (text.Length > 2 && text[^1] == ')')
        {
            var open = text.LastIndexOf('(');
            if (open > 0)
            {
                var before = text[..open].TrimEnd();
                var credit = text[(open + 1)..^1];
                if (before.Length > 0 && LineText.CountWords(credit) <= MaxCaptionCreditWords
                    && (_photoWords.ContainsWord(credit) || (!LineText.EndsLikeSentence(before) && NamesAgency(credit.ToString()))))
                    return true;
            }
        }

        var colon = text.IndexOfAny(':', '|', ',');
        if (colon > 0 && colon < TeaserLabelReach && _photoWords.ContainsWord(text[..colon]) && LineText.CountWords(text[..colon]) <= 3)
            return true;
        // The credit as a last segment: "… launch site | Photo credit: Reuters", "… launch site. KCNA via Reuters".
        var bar = Math.Max(text.LastIndexOf('|'), LineText.EndsLikeSentence(text) ? -1 : text.LastIndexOf(". ", StringComparison.Ordinal) + 1);
        return bar > 0 && LineText.CountWords(text[(bar + 1)..]) <= MaxCaptionCreditWords && _photoWords.ContainsWord(text[(bar + 1)..]);
    }

    /// <summary>A byline ("By Jane Doe", "Written by …", data: byline-labels.txt) or a short line the agency detector reads as a credit ("Bloomberg |",
    /// "(With inputs from AFP)"). A sentence naming an agency ("Reuters could not verify it.") is prose.</summary>
    private bool IsCredit(string line, string normalized, int words, bool sentence)
    {
        if (sentence && line[0] != '(')
            return false;
        if (words <= MaxBylineWords && _bylineLabels.MatchesLine(normalized))
            return true;
        return NamesAgency(line);
    }

    private bool NamesAgency(string text) => _agencies.Detect(new AgencyEvidence(null, [text], [], null)).Count > 0;

    private static bool HasLabel(string line)
    {
        var reach = Math.Min(line.Length, TeaserLabelReach);
        return line.AsSpan(0, reach).IndexOfAny(':', '|') >= 0;
    }
}
