using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chronicle.Extraction.Html;

/// <summary>
/// Flattens a parsed page in one iterative pass (no recursion, so a deeply nested broken page cannot overflow the stack):
/// elements with their text and link counts, and text blocks cut at block-level boundaries. Scripts, styles, forms
/// controls, media and hidden elements are skipped; boilerplate is only marked here, the cascade decides what to drop.
/// </summary>
internal sealed class DomWalker
{
    // The HTML elements that never hold article text (ruby annotations included): their subtree is not read at all.
    private static readonly FrozenSet<string> SkippedTags = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "picture", "img", "button", "input", "select", "option", "textarea", "head", "link", "meta", "figcaption", "map", "dialog",
        "rt", "rp");

    // The HTML elements that start a new paragraph (HTML's block-level and table-structure elements).
    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(StringComparer.Ordinal,
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "figure", "header", "footer",
        "nav", "aside", "form", "fieldset", "address", "center", "details", "summary", "body", "html", "hgroup", "menu", "legend", "hr");

    // Page regions HTML5 names as not being the main text. A noscript is read (with scripting off, an unclosed one
    // holds the rest of the page), but as boilerplate: unless it wraps the page it only says "enable JavaScript".
    private static readonly FrozenSet<string> BoilerplateTags = FrozenSet.Create(StringComparer.Ordinal,
        "nav", "footer", "aside", "header", "menu", "form", "fieldset", "address", "noscript");

    // Script types that carry markup for the page's scripts to insert (Blogger puts whole posts in them), not code.
    private static readonly FrozenSet<string> MarkupScriptTypes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "text/template", "text/html", "text/x-template");

    // The placeholder openers of the common template languages (Underscore/EJS, Mustache/Handlebars, ES template literals, Jinja/Liquid).
    private static readonly string[] TemplatePlaceholders = ["<%", "{{", "${", "{%"];


    // ARIA landmark roles of the same regions.
    private static readonly FrozenSet<string> BoilerplateRoles = FrozenSet.Create(StringComparer.Ordinal,
        "navigation", "complementary", "contentinfo", "banner", "search", "menu", "menubar", "dialog", "alert", "note");

    private readonly ClassPatterns patterns;
    private readonly MetadataPatterns metadataPatterns;
    private readonly Dictionary<string, (ClassHint, MetadataField)> hintCache = new(StringComparer.Ordinal);
    private readonly int[] firstOfField = [-1, -1, -1, -1];
    private readonly List<IElement> metaElements = [];
    private readonly List<IElement> jsonLdScripts = [];
    private readonly List<ElementNode> elements = [];
    private readonly List<TextBlock> blocks = [];
    private readonly List<int> openElements = [];
    private readonly List<int> openBlocks = [];
    private readonly StringBuilder text = new();
    private int textLinkChars;
    private int textCommas;
    private bool pendingSpace;
    private int linkDepth;
    private HtmlParser? fragmentParser;

    public DomWalker(ClassPatterns patterns, MetadataPatterns metadataPatterns)
    {
        this.patterns = patterns;
        this.metadataPatterns = metadataPatterns;
    }

    /// <summary>Flattens <paramref name="body"/>; the &lt;meta&gt; and JSON-LD elements of <paramref name="head"/> are collected too.</summary>
    public PageModel Walk(IElement body, IElement? head)
    {
        if (head is not null)
        {
            foreach (var child in head.Children)
                CollectMetadataElement(child, child.LocalName);
        }

        return Walk(body);
    }

    public PageModel Walk(IElement root)
    {
        Enter(root);
        // Children are visited by index: AngleSharp's NextSibling searches the parent's child list on every call.
        var stack = new List<(INodeList Children, int Next)> { (root.ChildNodes, 0) };
        while (stack.Count > 0)
        {
            var (children, next) = stack[^1];
            if (next >= children.Length)
            {
                stack.RemoveAt(stack.Count - 1);
                if (stack.Count > 0)
                    Exit();
                continue;
            }

            stack[^1] = (children, next + 1);
            var node = children[next];
            if (node is IText text)
            {
                AppendText(text.Data);
            }
            else if (node is IElement element && Enter(element))
            {
                var elementChildren = ChildrenOf(element);
                if (elementChildren.Length > 0)
                    stack.Add((elementChildren, 0));
                else
                    Exit();
            }
        }

        Exit();
        return new PageModel
        {
            Elements = elements,
            Blocks = blocks,
            Root = 0,
            Byline = firstOfField[(int)MetadataField.Byline],
            Standfirst = firstOfField[(int)MetadataField.Standfirst],
            Breadcrumb = firstOfField[(int)MetadataField.Breadcrumb],
            MetaElements = metaElements,
            JsonLdScripts = jsonLdScripts,
        };
    }

    /// <summary>An element's child nodes; a markup script's are its text parsed as HTML in its parent's context.</summary>
    private INodeList ChildrenOf(IElement element) =>
        element.LocalName == "script" && element.ParentElement is { } parent
            ? (fragmentParser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false })).ParseFragment(element.TextContent, parent)
            : element.ChildNodes;

    /// <summary>A script of markup that is filled in as it is: one with placeholders ("&lt;%= name %&gt;", "{{name}}") is a widget's pattern.</summary>
    private static bool IsMarkupScript(IElement element, string tag)
    {
        if (tag != "script" || element.GetAttribute("type") is not { } type || !MarkupScriptTypes.Contains(type.Trim()))
            return false;
        var markup = element.TextContent.AsSpan();
        foreach (var placeholder in TemplatePlaceholders)
        {
            if (markup.Contains(placeholder, StringComparison.Ordinal))
                return false;
        }

        return true;
    }

    /// <summary>Keeps &lt;meta&gt; tags and JSON-LD scripts for the metadata readers, which then need no search of their own.</summary>
    private void CollectMetadataElement(IElement element, string tag)
    {
        if (tag == "meta")
            metaElements.Add(element);
        else if (tag == "script" && element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            jsonLdScripts.Add(element);
    }

    /// <summary>Opens an element; false when its subtree is skipped (then it is not recorded and has no Exit).</summary>
    private bool Enter(IElement element)
    {
        var tag = element.LocalName;
        if (tag == "br")
        {
            AppendBreak();
            return false;
        }

        if (SkippedTags.Contains(tag) && !IsMarkupScript(element, tag))
        {
            CollectMetadataElement(element, tag);
            return false;
        }

        var attributes = ElementAttributes.Read(element);
        if (attributes.Hidden)
            return false;

        var isBlock = BlockTags.Contains(tag);
        if (isBlock)
            Flush();

        var (hint, field) = Hint(attributes);
        var index = elements.Count;
        if (field != MetadataField.None && firstOfField[(int)field] < 0)
            firstOfField[(int)field] = index;
        var role = attributes.Role;
        var flagged = hint == ClassHint.Boilerplate
            || BoilerplateTags.Contains(tag)
            || role is not null && BoilerplateRoles.Contains(role);
        elements.Add(new ElementNode
        {
            Parent = openElements.Count > 0 ? openElements[^1] : -1,
            Tag = tag,
            Hint = hint,
            // The HTML5 main-content elements mean what they say whatever their class ("article-ad-marker").
            Flagged = flagged && tag is not ("body" or "html" or "main" or "article"),
            BlockStart = blocks.Count,
            Element = element,
        });
        openElements.Add(index);
        if (isBlock)
            openBlocks.Add(index);
        if (tag == "a")
            linkDepth++;
        return true;
    }

    private void Exit()
    {
        var index = openElements[^1];
        openElements.RemoveAt(openElements.Count - 1);
        if (elements[index].Tag == "a")
            linkDepth--;
        if (openBlocks.Count > 0 && openBlocks[^1] == index)
        {
            Flush();
            openBlocks.RemoveAt(openBlocks.Count - 1);
        }

        // Read after the flush: it adds the element's last run of text to its own counts.
        var node = elements[index];

        node.BlockEnd = blocks.Count;
        node.SubtreeEnd = elements.Count - 1;
        elements[index] = node;
        if (node.Parent >= 0)
        {
            var parent = elements[node.Parent];
            parent.Chars += node.Chars;
            parent.LinkChars += node.LinkChars;
            parent.Commas += node.Commas;
            parent.HasContentDescendant |= node.HasContentDescendant || node.Hint == ClassHint.Content;
            elements[node.Parent] = parent;
        }
    }

    private void AppendText(string data)
    {
        // A text node lies wholly inside or outside a link: a space met in it is link text when the node is ("Second story").
        var spaceInNode = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = text.Length > 0;
                spaceInNode = true;
                continue;
            }

            if (pendingSpace)
            {
                if (text[^1] != '\n')
                {
                    text.Append(' ');
                    if (linkDepth > 0 && spaceInNode)
                        textLinkChars++;
                }

                pendingSpace = false;
            }

            text.Append(c);
            if (linkDepth > 0)
                textLinkChars++;
            if (c is ',' or '，' or '、')
                textCommas++;
        }
    }

    /// <summary>A line break inside a paragraph; the paragraph is split there on output, but judged as one block.</summary>
    private void AppendBreak()
    {
        if (text.Length > 0 && text[^1] != '\n')
            text.Append('\n');
        pendingSpace = false;
    }

    private void Flush()
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '\n' or ' ')
            end--;
        if (end > 0 && openBlocks.Count > 0)
        {
            var owner = openBlocks[^1];
            var node = elements[owner];
            blocks.Add(new TextBlock
            {
                Text = text.ToString(0, end),
                LinkChars = Math.Min(textLinkChars, end),
                Owner = owner,
                Kind = KindOf(node.Tag),
                Commas = textCommas,
            });
            node.Chars += end;
            node.LinkChars += Math.Min(textLinkChars, end);
            node.Commas += textCommas;
            elements[owner] = node;
        }

        text.Clear();
        textLinkChars = 0;
        textCommas = 0;
        pendingSpace = false;
    }

    private (ClassHint, MetadataField) Hint(in ElementAttributes attributes)
    {
        if (attributes.ItemProp is { } itemprop)
        {
            if (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
                return (ClassHint.Content, MetadataField.None);
            if (itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
                return (ClassHint.Boilerplate, MetadataField.Byline);
        }

        if (attributes.Rel == "author")
            return (ClassHint.Neutral, MetadataField.Byline);
        var cls = attributes.Class;
        var id = attributes.Id;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
            return (ClassHint.Neutral, MetadataField.None);
        var key = string.IsNullOrEmpty(id) ? cls! : string.IsNullOrEmpty(cls) ? id! : cls + " " + id;
        if (!hintCache.TryGetValue(key, out var hint))
        {
            var lower = key.ToLowerInvariant();
            hint = (patterns.Classify(lower), metadataPatterns.Match(lower));
            hintCache[key] = hint;
        }

        return hint;
    }

    private static BlockKind KindOf(string tag) => tag switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dd" or "dt" => BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "td" or "th" => BlockKind.Cell,
        "pre" => BlockKind.Preformatted,
        _ => BlockKind.Paragraph,
    };
}
