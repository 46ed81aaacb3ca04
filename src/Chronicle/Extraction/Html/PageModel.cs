using AngleSharp.Dom;

namespace Chronicle.Extraction.Html;

/// <summary>What kind of paragraph a text block is, from the element that holds it.</summary>
internal enum BlockKind : byte
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Cell,
    Preformatted,
}

/// <summary>One element of the page as the body cascade sees it; kept in document (pre-)order so that a subtree is an index range.</summary>
internal struct ElementNode
{
    public int Parent;
    public string Tag;
    public ClassHint Hint;

    /// <summary>True when the element is boilerplate by its tag, class, id or role (before wrapper exemptions).</summary>
    public bool Flagged;

    /// <summary>True when the element is boilerplate and not a wrapper of the content: its text leaves the body.</summary>
    public bool Dropped;

    /// <summary>The nearest dropped element among this one and its ancestors, or -1.</summary>
    public int NearestDropped;

    public int Chars;
    public int LinkChars;
    public int Commas;
    public int BlockStart;
    public int BlockEnd;

    /// <summary>Index of the last element of this one's subtree.</summary>
    public int SubtreeEnd;

    /// <summary>True when a descendant (not this one) is marked as main-text container by class, id or itemprop.</summary>
    public bool HasContentDescendant;

    public IElement Element;

    public readonly double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    /// <summary>True when <paramref name="index"/> is a strict descendant of this element, whose own index is <paramref name="self"/>.</summary>
    public readonly bool Contains(int index, int self) => index > self && index <= SubtreeEnd;
}

/// <summary>A run of text between block boundaries: a paragraph, heading, list item or cell, whitespace collapsed.</summary>
internal sealed class TextBlock
{
    public required string Text { get; init; }

    public required int LinkChars { get; init; }

    public required int Owner { get; init; }

    public required BlockKind Kind { get; init; }

    public int Commas { get; init; }

    public int Length => Text.Length;

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>The page flattened by one walk over the DOM: its elements with text aggregates, and its text blocks in order.</summary>
internal sealed class PageModel
{
    public required List<ElementNode> Elements { get; init; }

    public required List<TextBlock> Blocks { get; init; }

    /// <summary>Index of the body element (0 when the page has none).</summary>
    public int Root { get; init; }

    /// <summary>Index of the first element whose class, id, itemprop or rel marks a byline; -1 when none.</summary>
    public int Byline { get; init; } = -1;

    /// <summary>Index of the first element marked as a standfirst (dek, summary); -1 when none.</summary>
    public int Standfirst { get; init; } = -1;

    /// <summary>Index of the first breadcrumb trail; -1 when none.</summary>
    public int Breadcrumb { get; init; } = -1;

    /// <summary>The page's &lt;meta&gt; elements, head first.</summary>
    public IReadOnlyList<IElement> MetaElements { get; init; } = [];

    /// <summary>The page's <c>application/ld+json</c> scripts, head first.</summary>
    public IReadOnlyList<IElement> JsonLdScripts { get; init; } = [];

    /// <summary>True when the block is not under any dropped element below <paramref name="root"/>.</summary>
    public bool IsKeptUnder(int block, int root)
    {
        var dropped = Elements[Blocks[block].Owner].NearestDropped;
        return dropped < 0 || !Elements[root].Contains(dropped, root);
    }
}
