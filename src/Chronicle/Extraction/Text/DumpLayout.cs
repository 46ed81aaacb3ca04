namespace Chronicle.Extraction.Text;

/// <summary>Where the parts of an article stand among the classified lines of a dump: the title, the header (lines
/// before the body: source line, timestamps, widgets), the standfirst, the body (prose from the first paragraph after
/// the title up to the first teaser heading) and what follows.</summary>
public sealed record DumpLayout
{
    /// <summary>A standfirst is a short summary.</summary>
    private const int MaxStandfirstWords = 60;

    /// <summary>A story is not interrupted by this many lines of page furniture (tags, share buttons, menus; headline-like
    /// lines such as list items and subheadings do not count): after such a run the page has moved on to its footer or
    /// to other stories.</summary>
    private const int MaxFurnitureRun = 8;

    /// <summary>A label of fewer words is a link or a menu entry, not a subheading.</summary>
    private const int MinSubheadingWords = 2;

    /// <summary>A standfirst without a full stop is a sentence of some length, not a label.</summary>
    private const int MinHeadingStandfirstWords = 6;

    /// <summary>Share of a standfirst's content words that a later paragraph repeats: pages often restate the summary.</summary>
    private const double StandfirstOverlap = 0.6;

    /// <summary>Only the opening paragraphs are compared with the standfirst.</summary>
    private const int StandfirstCompared = 12;

    /// <summary>Words this short carry no content for the overlap ("the", "with").</summary>
    private const int MinContentWordLength = 4;

    public TitleFinder.Found? Title { get; private init; }

    public int? Standfirst { get; private init; }

    /// <summary>Indexes of the body paragraphs, in order.</summary>
    public IReadOnlyList<int> Body { get; private init; } = [];

    /// <summary>Lines before the body that are not the title or the standfirst.</summary>
    public IReadOnlyList<int> Header { get; private init; } = [];

    /// <summary>Lines from the first body paragraph up to the story's end: a teaser heading, a credit trailer
    /// ("(Reporting by …)", "(With inputs from AFP)"), which closes a story, a teaser summary opening with a stamp, or
    /// a long run of page furniture. Credits and stamps found there are the
    /// story's own.</summary>
    public IReadOnlyList<int> BodyZone { get; private init; } = [];

    public static DumpLayout Analyse(IReadOnlyList<TextLine> lines)
    {
        var title = TitleFinder.Find(lines);
        var afterTitle = title is { } t ? t.Last + 1 : 0;
        var start = NextText(lines, afterTitle);
        if (start < 0)
            return new DumpLayout { Title = title, Header = Range(0, lines.Count, title) };

        int? standfirst = null;
        var next = NextText(lines, start + 1);
        if (next > 0 && HasHeaderLineBetween(lines, start, next))
        {
            standfirst = start;
            start = next;
        }

        standfirst ??= HeadingStandfirst(lines, afterTitle, start);
        var (first, cut) = MainBlock(lines, start);
        if (first != start)
        {
            standfirst = null;
            start = first;
        }

        var body = new List<int>();
        for (var i = start; i < cut; i++)
        {
            if (lines[i].Kind == LineKind.Text || IsSubheading(lines, i, cut, body))
                body.Add(i);
        }

        if (standfirst is null && body.Count >= 2 && RestatedLater(lines, body))
        {
            standfirst = body[0];
            body.RemoveAt(0);
        }

        var header = Range(0, start, title).Where(i => i != standfirst).ToList();
        return new DumpLayout
        {
            Title = title,
            Standfirst = standfirst,
            Body = body,
            Header = header,
            BodyZone = Enumerable.Range(start, TrailerEnd(lines, cut) - start).ToList(),
        };
    }

    /// <summary>The block of prose that holds the story: blocks are separated by long runs of page furniture and end
    /// for good at a teaser heading, a trailer credit or a stamped teaser summary; the block with the most words of
    /// prose wins (the first on a tie), as a story outweighs the notices and blurbs around it. Returns the block's first
    /// prose line and where the block ends.</summary>
    private static (int First, int End) MainBlock(IReadOnlyList<TextLine> lines, int start)
    {
        var (best, bestEnd, bestWords) = (start, lines.Count, -1);
        var (blockStart, words, furniture) = (start, 0, 0);
        var i = start;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > start && IsStoryEnd(line))
                break;
            if (line.Kind == LineKind.Text)
            {
                if (blockStart < 0)
                    blockStart = i;
                words += line.Words;
                furniture = 0;
            }
            else if (line.Kind is not (LineKind.Caption or LineKind.Heading) && ++furniture >= MaxFurnitureRun && blockStart >= 0)
            {
                if (words > bestWords)
                    (best, bestEnd, bestWords) = (blockStart, i - furniture + 1, words);
                (blockStart, words) = (-1, 0);
            }
        }

        if (blockStart >= 0 && words > bestWords)
            (best, bestEnd) = (blockStart, i);
        return (best, bestEnd);
    }

    private static bool IsStoryEnd(TextLine line) =>
        line.Kind == LineKind.TeaserHeading
        || (line.Kind == LineKind.Credit && IsTrailer(line.Text))
        || (line.Kind == LineKind.Text && TimestampLine.OpensWithStamp(line.Text));

    /// <summary>Where the credit trailers that close the story at <paramref name="cut"/> end: "(With inputs from Reuters)"
    /// ends the story's prose but is the story's own credit, so it belongs to the zone its metadata is read from.</summary>
    private static int TrailerEnd(IReadOnlyList<TextLine> lines, int cut)
    {
        var end = cut;
        while (end < lines.Count && lines[end].Kind == LineKind.Credit && IsTrailer(lines[end].Text))
            end++;
        return end;
    }

    /// <summary>A credit set apart as a trailer, in brackets or after a dash ("(Reporting by …)", "— AP"); a bare agency
    /// name inside the story is more likely a photo credit on its own line.</summary>
    public static bool IsTrailer(string line) => line[0] is '(' or '[' or '-' or '\u2013' or '\u2014';

    private static int NextText(IReadOnlyList<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Text)
                return i;
        }

        return -1;
    }

    /// <summary>A source line or a timestamp after the first prose line shows that line was the standfirst printed above
    /// the byline.</summary>
    private static bool HasHeaderLineBetween(IReadOnlyList<TextLine> lines, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (lines[i].Kind is LineKind.Credit or LineKind.Timestamp)
                return true;
        }

        return false;
    }

    /// <summary>A summary printed without a full stop: a headline-like line of some length after the title, followed by
    /// the byline or timestamp before the body begins.</summary>
    private static int? HeadingStandfirst(IReadOnlyList<TextLine> lines, int afterTitle, int start)
    {
        for (var i = afterTitle; i < start; i++)
        {
            if (lines[i].Kind == LineKind.Heading && lines[i].Words >= MinHeadingStandfirstWords)
                return HasHeaderLineBetween(lines, i, start) ? i : null;
        }

        return null;
    }

    /// <summary>A headline-like line between two body paragraphs is a subheading of the story; a shorter label counts
    /// too when it stands apart, with blank lines around it ("What Moscow gains").</summary>
    private static bool IsSubheading(IReadOnlyList<TextLine> lines, int i, int cut, List<int> body)
    {
        if (body.Count == 0 || i + 1 >= cut || lines[i + 1].Kind != LineKind.Text || lines[body[^1]].Kind != LineKind.Text)
            return false;
        var line = lines[i];
        return line.Kind == LineKind.Heading
            || (line.Kind == LineKind.Short && line.Words >= MinSubheadingWords && line.BlankBefore && lines[i + 1].BlankBefore);
    }

    /// <summary>Whether the first paragraph is a short summary that a later paragraph restates.</summary>
    private static bool RestatedLater(IReadOnlyList<TextLine> lines, List<int> body)
    {
        var first = lines[body[0]];
        if (first.Words > MaxStandfirstWords)
            return false;
        var words = ContentWords(first.Text);
        if (words.Count == 0)
            return false;
        foreach (var index in body.Skip(1).Take(StandfirstCompared))
        {
            var later = ContentWords(lines[index].Text);
            var shared = words.Count(later.Contains);
            if (shared >= StandfirstOverlap * words.Count)
                return true;
        }

        return false;
    }

    private static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && char.IsLetter(span[i]))
                i++;
            if (i - start >= MinContentWordLength)
                words.Add(text[start..i]);
        }

        return words;
    }

    private static List<int> Range(int from, int to, TitleFinder.Found? title) =>
        Enumerable.Range(from, Math.Max(0, to - from))
            .Where(i => title is not { } t || (i != t.First && i != t.Last))
            .ToList();
}
