using AngleSharp.Dom;

namespace Chronicle.Extraction.Dates;

/// <summary>Walks a page's body once and collects the dates its elements and text show: <c>itemprop</c> dates,
/// <c>&lt;time&gt;</c> elements, elements whose class or id marks a date, and dates printed in the text (with the label
/// before them, "Published" or "Updated"). Footers, navigation, asides, comments and related-story lists are skipped.</summary>
internal sealed class PageWalker(DateHints hints, NumericDateOrder order, List<DateCandidate> found)
{
    /// <summary>A hinted element longer than this is a container, not a date line.</summary>
    private const int MaxMarkupText = 200;

    /// <summary>How many words before a printed date may label it ("Last updated on").</summary>
    private const int LabelWords = 3;

    private string previousText = string.Empty;

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
        var hint = DateHints.Max(hints.Markup(element.ClassName), hints.Markup(element.Id));
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

        skip |= hint == MarkupHint.Foreign || (hint == MarkupHint.Chrome && !article);
        Inspect(element, hint, skip, article);
        Walk(element, skip, article);
    }

    /// <summary>Explicit markup (<c>itemprop</c>, <c>&lt;time pubdate&gt;</c>) counts wherever it is; the rest only outside
    /// skipped regions.</summary>
    private void Inspect(IElement element, MarkupHint hint, bool skip, bool article)
    {
        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && element.LocalName != "meta" && ItemPropKind(itemprop) is { } itemKind
            && Value(element) is { } itemValue && MetaDates.TryParseValue(itemValue, order, out var itemDate))
        {
            Add(new DateCandidate(itemDate, DateSource.ItemProp, itemKind), article);
            return;
        }

        if (element.LocalName == "time")
        {
            var pubdate = element.HasAttribute("pubdate");
            if ((pubdate || !skip) && Value(element) is { } value && MetaDates.TryParseValue(value, order, out var date))
                Add(new DateCandidate(date, DateSource.TimeElement, pubdate ? DateKind.Published : Kind(hint)), article);
            return;
        }

        if (!skip && hint is MarkupHint.Published or MarkupHint.Modified && element.ChildElementCount <= 6)
        {
            var text = element.LocalName == "abbr" ? element.GetAttribute("title") ?? element.TextContent : element.TextContent;
            if (text.Length <= MaxMarkupText && DateText.TryFind(text, order, out var date, out var range))
                Add(new DateCandidate(date, DateSource.Markup, Refine(Kind(hint), text.AsSpan(0, range.Start.Value))), article);
        }
    }

    private static DateKind? ItemPropKind(string itemprop) =>
        itemprop.Equals("datePublished", StringComparison.OrdinalIgnoreCase) || itemprop.Equals("dateCreated", StringComparison.OrdinalIgnoreCase) ? DateKind.Published
        : itemprop.Equals("dateModified", StringComparison.OrdinalIgnoreCase) ? DateKind.Modified
        : null;

    private static DateKind Kind(MarkupHint hint) => hint switch
    {
        MarkupHint.Published => DateKind.Published,
        MarkupHint.Modified => DateKind.Modified,
        _ => DateKind.Unlabelled,
    };

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

    private void Add(DateCandidate candidate, bool article) => found.Add(candidate with { InArticle = article });

    private static string? Value(IElement element) =>
        element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
}
