using AngleSharp.Dom;

namespace Chronicle.Extraction.Dates;

/// <summary>Walks a page's body once and collects the dates its elements and text show: <c>itemprop</c> dates,
/// <c>&lt;time&gt;</c> elements, elements whose class or id marks a date, and dates printed in the text (with the label
/// before them, "Published" or "Updated"). Footers, navigation, asides, comments and related-story lists are skipped, but
/// never a region that holds the page's main heading: "layoutTwoColumnsRightSidebar" or "has-sidebar" on a page wrapper is a
/// layout flag, and the story inside it is no sidebar.</summary>
internal sealed class PageWalker(DateHints hints, NumericDateOrder order, List<DateCandidate> found, IElement? heading)
{
    /// <summary>A hinted element longer than this is a container, not a date line.</summary>
    private const int MaxMarkupText = 200;

    /// <summary>How many words before a printed date may label it ("Last updated on").</summary>
    private const int LabelWords = 3;

    private readonly System.Text.StringBuilder textBuffer = new(MaxMarkupText);
    private readonly Dictionary<string, MarkupHint> hintCache = new(StringComparer.Ordinal);
    private string previousText = string.Empty;
    private bool pastHeading;
    private bool headingZone;

    public void Walk(INode node, bool skip, bool article)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element)
                Visit(element, skip, article);
            else if (child.NodeType == NodeType.Text && !skip)
                ScanText(child.TextContent, article);
        }
    }

    private void Visit(IElement element, bool skip, bool article)
    {
        var hint = DateHints.Max(Hint(element.ClassName), Hint(element.Id));
        if (hint is MarkupHint.Chrome or MarkupHint.Foreign && heading is not null && element.Contains(heading))
            hint = MarkupHint.None;
        switch (element.LocalName)
        {
            case "script" or "style" or "noscript" or "template" or "svg" or "select" or "textarea" or "iframe":
                return;
            case "footer":
                hint = DateHints.Max(hint, MarkupHint.Chrome);
                break;
            case "nav" or "aside":
                hint = DateHints.Max(hint, MarkupHint.Foreign);
                break;
            case "article" or "main":
                article = true;
                break;
        }

        pastHeading |= element == heading;
        skip |= hint == MarkupHint.Foreign || (hint == MarkupHint.Chrome && !article);
        var headingBlock = heading is not null && element == heading.ParentElement;
        headingZone |= headingBlock;
        Inspect(element, hint, skip, article);
        Walk(element, skip, article);
        if (headingBlock)
            headingZone = false;
    }

    /// <summary>Explicit markup (<c>itemprop</c>, <c>&lt;time pubdate&gt;</c>) counts wherever it is; the rest only outside
    /// skipped regions.</summary>
    private void Inspect(IElement element, MarkupHint hint, bool skip, bool article)
    {
        if (element.LocalName == "meta")
        {
            MetaDates.Inspect(element, hints, order, found, article);
            return;
        }

        // Microdata names a date with itemprop, RDFa with property ("schema:dateCreated").
        var itemprop = element.GetAttribute("itemprop") ?? element.GetAttribute("property");
        if (itemprop is not null && ItemPropKind(itemprop) is { } itemKind
            && Value(element) is { } itemValue && MetaDates.TryParseValue(itemValue, order, out var itemDate))
        {
            Add(new DateCandidate(itemDate, DateSource.ItemProp, itemKind), article);
            return;
        }

        if (element.LocalName == "time")
        {
            var pubdate = element.HasAttribute("pubdate");
            if ((pubdate || !skip) && Value(element) is { } value && MetaDates.TryParseValue(value, order, out var timeDate))
                Add(new DateCandidate(timeDate, DateSource.TimeElement, pubdate ? DateKind.Published : Kind(hint)), article);
            return;
        }

        if (!skip && hint is MarkupHint.Published or MarkupHint.Modified
            && (element.LocalName == "abbr" ? element.GetAttribute("title") : BoundedText(element)) is { } text
            && DateText.TryFind(text, order, out var date, out var range))
            Add(new DateCandidate(date, DateSource.Markup, Refine(Kind(hint), text.AsSpan(0, range.Start.Value))), article);
    }

    /// <summary>Pages repeat the same class strings over hundreds of elements; each is read once.</summary>
    private MarkupHint Hint(string? attribute)
    {
        if (string.IsNullOrEmpty(attribute))
            return MarkupHint.None;
        if (!hintCache.TryGetValue(attribute, out var hint))
            hintCache[attribute] = hint = hints.Markup(attribute);
        return hint;
    }

    private static DateKind? ItemPropKind(string property)
    {
        var name = property.AsSpan(property.LastIndexOf(':') + 1);
        return name.Equals("datePublished", StringComparison.OrdinalIgnoreCase) || name.Equals("dateCreated", StringComparison.OrdinalIgnoreCase) ? DateKind.Published
            : name.Equals("dateModified", StringComparison.OrdinalIgnoreCase) ? DateKind.Modified
            : null;
    }

    private static DateKind Kind(MarkupHint hint) => hint switch
    {
        MarkupHint.Published => DateKind.Published,
        MarkupHint.Modified => DateKind.Modified,
        _ => DateKind.Unlabelled,
    };

    /// <summary>The element's text when it is short enough to be a date line; null for a container, found without building
    /// the text of a large subtree (hinted containers nest, and reading each whole would be quadratic).</summary>
    private string? BoundedText(IElement element)
    {
        textBuffer.Clear();
        return AppendText(element) ? textBuffer.ToString() : null;
    }

    private bool AppendText(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                textBuffer.Append(child.TextContent);
                if (textBuffer.Length > MaxMarkupText)
                    return false;
            }
            else if (child is IElement && !AppendText(child))
                return false;
        }

        return true;
    }

    private void ScanText(string text, bool article)
    {
        var offset = 0;
        while (offset < text.Length && DateText.TryFind(text.AsSpan(offset), order, out var date, out var range))
        {
            var (start, length) = range.GetOffsetAndLength(text.Length - offset);
            var before = text.AsSpan(0, offset + start);
            var kind = Label(before.IsWhiteSpace() ? previousText : before);
            Add(new DateCandidate(date, DateSource.Text, kind), article);
            offset += start + length;
        }

        if (!string.IsNullOrWhiteSpace(text))
            previousText = text;
    }

    /// <summary>A "published" hint on an element is overruled by an "Updated" label printed before its date.</summary>
    private DateKind Refine(DateKind hint, ReadOnlySpan<char> before) =>
        Label(before) is var label && label != DateKind.Unlabelled ? label : hint;

    private DateKind Label(ReadOnlySpan<char> before)
    {
        var words = 0;
        var end = before.Length;
        while (end > 0 && words < LabelWords)
        {
            while (end > 0 && !char.IsLetter(before[end - 1]))
                end--;
            var start = end;
            while (start > 0 && char.IsLetter(before[start - 1]))
                start--;
            if (start == end)
                break;
            var kind = hints.TextLabel(before[start..end]);
            if (kind != DateKind.Unlabelled)
                return kind;
            end = start;
            words++;
        }

        return DateKind.Unlabelled;
    }

    private void Add(DateCandidate candidate, bool article) => found.Add(candidate with { InArticle = article, ByHeading = pastHeading || headingZone });

    /// <summary>A machine-readable value first: <c>datetime</c>, <c>content</c>, or the <c>title</c> of an <c>&lt;abbr&gt;</c>
    /// (microformats print "2:33 PM" and keep the full timestamp in the title).</summary>
    private static string? Value(IElement element) =>
        element.GetAttribute("datetime") ?? element.GetAttribute("content")
        ?? (element.LocalName == "abbr" ? element.GetAttribute("title") : null) ?? element.TextContent;
}
