using Chronicle.Extraction.LanguageDetection;

namespace Chronicle.Extraction.Html;

/// <summary>Which rule of the cascade produced the body (for diagnostics and the bench).</summary>
internal enum BodySource : byte
{
    None,
    Container,
    Readability,
    Classifier,
}

/// <summary>The body's blocks and the rule that chose them.</summary>
internal sealed record BodyResult(IReadOnlyList<TextBlock> Blocks, BodySource Source);

/// <summary>
/// The body cascade: (1) a known main-text container (article, itemprop=articleBody, content class names), (2) the
/// readability-scored best container, (3) the jusText-classified good paragraphs of the whole page. Boilerplate
/// elements are dropped in all three; the candidates are then compared and the most plausible one kept.
/// </summary>
internal static class BodyExtractor
{
    // A boilerplate-named element that holds more than this share of the page's text is a layout wrapper, not boilerplate.
    private const double WrapperShare = 0.5;

    // A form with this much text wraps the page (ASP.NET pages, shop products), it is not a search or sign-up box.
    private const int FormTextLimit = 500;

    // A boilerplate-named div holding this much text at this low a link density is prose, not a widget.
    private const int MinProseChars = 600;
    private const double MaxProseLinkDensity = 0.1;

    // Lists and tables whose text is mostly links are navigation or teaser lists.
    private const double ListLinkDensity = 0.5;

    // A block inside a container that is mostly link text, between others of its kind, is a link list.
    private const double BlockLinkDensity = 0.5;

    // A cross-reference's lead-in ("Read more", "Lea también") is at most this long, and links fill this share of what follows it.
    private const int MaxCrossReferenceLeadIn = 30;
    private const double CrossReferenceLinkShare = 0.8;

    // Other containers near the best one join it when they hold this share of its text, and at least this much.
    private const double SiblingContainerShare = 0.1;
    private const int MinSiblingContainerLength = 100;
    private const int SiblingContainerLevels = 2;

    // Lines shorter than this before the body's first or after its last good paragraph are its furniture.
    private const int ShortEdge = 50;

    // When the container holds this share of what readability found, it is trusted.
    private const double ContainerShareOfReadability = 0.7;

    // A container holding less than this share of the page's good paragraphs is a teaser, not the article.
    private const double ContainerShareOfClassifier = 0.25;

    // A container nested in another that holds this share of its text is the more precise choice.
    private const double NestedContainerShare = 0.9;

    public static BodyResult Extract(PageModel page, StopwordProfile? profile, bool cjk)
    {
        var chosen = Choose(page, profile, cjk);
        return chosen with { Blocks = WithoutFurniture(chosen.Blocks, BoilerplatePhrases.Default) };
    }

    /// <summary>
    /// Drops furniture lines, a teaser or author section with all that follows it once the body is half read, and the
    /// calls to action that close it ("Follow us on …", "Download our app …").
    /// </summary>
    internal static List<TextBlock> WithoutFurniture(IReadOnlyList<TextBlock> blocks, BoilerplatePhrases phrases)
    {
        var total = 0;
        foreach (var block in blocks)
            total += block.Length;
        var kept = new List<TextBlock>(blocks.Count);
        var seen = 0;
        foreach (var block in blocks)
        {
            var kind = phrases.Classify(block.Text);
            if (kind == PhraseKind.Section && seen * 2 >= total)
                break;
            seen += block.Length;
            if (kind == PhraseKind.None)
                kept.Add(block);
        }

        while (kept.Count > 1 && phrases.IsCallToAction(kept[^1].Text))
            kept.RemoveAt(kept.Count - 1);
        return kept;
    }

    private static BodyResult Choose(PageModel page, StopwordProfile? profile, bool cjk)
    {
        MarkDropped(page);
        var container = ContainerBlocks(page);
        var readability = ReadabilityBlocks(page);
        var candidates = UndroppedBlocks(page);
        var good = ParagraphClassifier.Classify(candidates, profile, cjk);
        var classifier = Selected(candidates, good);

        var containerLength = TotalLength(container);
        var readabilityLength = TotalLength(readability);
        var classifierLength = TotalLength(classifier);
        if (containerLength > 0 && containerLength >= ContainerShareOfReadability * readabilityLength && containerLength >= ContainerShareOfClassifier * classifierLength)
            return new BodyResult(WithGoodNeighbours(TrimEdges(container, profile, cjk), candidates, good), BodySource.Container);
        if (readabilityLength > 0 && readabilityLength >= 0.5 * classifierLength)
            return new BodyResult(WithGoodNeighbours(TrimEdges(readability, profile, cjk), candidates, good), BodySource.Readability);
        if (classifierLength > 0)
            return new BodyResult(classifier, BodySource.Classifier);
        // Everything was marked as boilerplate (a page built of widgets): judge its paragraphs on their own.
        var unmarked = ClassifiedBlocks(page.Blocks, profile, cjk);
        return new BodyResult(unmarked, unmarked.Count > 0 ? BodySource.Classifier : BodySource.None);
    }

    /// <summary>
    /// Cuts the short lines before the first and after the last paragraph the classifier finds good: a container's
    /// edges hold its furniture (dates, author names, read times, credits, "follow us" lines), while everything
    /// between good paragraphs is kept. Headings before the text stay: they belong to it.
    /// </summary>
    private static List<TextBlock> TrimEdges(List<TextBlock> blocks, StopwordProfile? profile, bool cjk)
    {
        var good = ParagraphClassifier.Classify(blocks, profile, cjk);
        var first = Array.IndexOf(good, true);
        if (first < 0)
            return blocks;
        var last = Array.LastIndexOf(good, true);
        var kept = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var edge = i < first && blocks[i].Kind != BlockKind.Heading || i > last;
            if (!edge || blocks[i].Length >= ShortEdge)
                kept.Add(blocks[i]);
        }

        return kept;
    }

    /// <summary>Decides which flagged elements are dropped, and records for each element its nearest dropped ancestor.</summary>
    internal static void MarkDropped(PageModel page)
    {
        var elements = page.Elements;
        var rootChars = elements.Count > 0 ? elements[page.Root].Chars : 0;
        for (var i = 0; i < elements.Count; i++)
        {
            var node = elements[i];
            var wrapper = node.HasContentDescendant || HoldsProse(node) || node.Chars > WrapperShare * rootChars || node.Tag == "form" && node.Chars > FormTextLimit;
            var linkList = node.Tag is "ul" or "ol" or "dl" or "table" or "menu" && node.LinkDensity > ListLinkDensity;
            node.Dropped = node.Flagged && !wrapper && !IsArticleHeader(elements, node) || linkList;
            var inherited = node.Parent >= 0 ? elements[node.Parent].NearestDropped : -1;
            node.NearestDropped = node.Dropped ? i : inherited;
            elements[i] = node;
        }
    }

    /// <summary>
    /// A div or section named like a widget ("share", "ad-") that holds this much nearly link-free text is the article
    /// with a misleading class ("entry share", "no-share"): share bars, ads and menus hold little text or mostly links.
    /// </summary>
    private static bool HoldsProse(in ElementNode node) =>
        node.Tag is "div" or "section" && node.Chars >= MinProseChars && node.LinkDensity < MaxProseLinkDensity;

    /// <summary>An article's own &lt;header&gt; holds its lead paragraph; the page's header does not.</summary>
    private static bool IsArticleHeader(List<ElementNode> elements, in ElementNode node)
    {
        if (node.Tag != "header" || node.Hint == ClassHint.Boilerplate)
            return false;
        for (var i = node.Parent; i >= 0; i = elements[i].Parent)
        {
            if (elements[i].Tag == "article" || elements[i].Hint == ClassHint.Content)
                return true;
        }

        return false;
    }

    private static List<TextBlock> ContainerBlocks(PageModel page)
    {
        var elements = page.Elements;
        int best = -1, bestLength = 0;
        var lengths = new Dictionary<int, int>();
        for (var i = 0; i < elements.Count; i++)
        {
            var node = elements[i];
            if (node.Hint != ClassHint.Content && node.Tag != "article" || node.NearestDropped >= 0)
                continue;
            var length = TotalLength(KeptBlocks(page, i));
            lengths[i] = length;
            if (length > bestLength)
            {
                best = i;
                bestLength = length;
            }
        }

        if (best < 0)
            return [];
        // Prefer the innermost container that still holds nearly all the text: it leaves out the wrapper's extras.
        foreach (var (index, length) in lengths)
        {
            if (elements[best].Contains(index, best) && length >= NestedContainerShare * bestLength)
                best = index;
        }

        return KeptBlocks(page, WithSiblingContainers(elements, lengths, best));
    }

    /// <summary>
    /// The best container and the other containers near it (under its parent or grandparent) that hold real text: an
    /// article split into several &lt;article&gt; or body blocks (recipe, intro and steps; a thread's posts).
    /// </summary>
    private static List<int> WithSiblingContainers(List<ElementNode> elements, Dictionary<int, int> lengths, int best)
    {
        var scope = best;
        for (var level = 0; level < SiblingContainerLevels && elements[scope].Parent >= 0; level++)
            scope = elements[scope].Parent;
        var minLength = Math.Max(MinSiblingContainerLength, SiblingContainerShare * lengths[best]);
        var bestClass = elements[best].Element.GetAttribute("class");
        var roots = new List<int>();
        foreach (var (index, length) in lengths)
        {
            var apart = !elements[best].Contains(index, best) && !elements[index].Contains(best, index);
            // Page builders repeat one text module (same tag, same class) down the page: every instance is the article's.
            var sameModule = !string.IsNullOrEmpty(bestClass) && elements[index].Tag == elements[best].Tag
                && string.Equals(elements[index].Element.GetAttribute("class"), bestClass, StringComparison.Ordinal);
            var candidate = index == best
                || apart && length > 0 && sameModule
                || apart && elements[scope].Contains(index, scope) && length >= minLength;
            if (candidate && (roots.Count == 0 || !elements[roots[^1]].Contains(index, roots[^1])))
                roots.Add(index);
        }

        return roots;
    }

    private static List<TextBlock> ReadabilityBlocks(PageModel page) => KeptBlocks(page, ReadabilityScorer.SelectRoots(page));

    /// <summary>The page's blocks that no dropped element holds, in document order.</summary>
    private static List<TextBlock> UndroppedBlocks(PageModel page)
    {
        var candidates = new List<TextBlock>();
        foreach (var block in page.Blocks)
        {
            if (page.Elements[block.Owner].NearestDropped < 0)
                candidates.Add(block);
        }

        return candidates;
    }

    private static List<TextBlock> ClassifiedBlocks(IReadOnlyList<TextBlock> candidates, StopwordProfile? profile, bool cjk) =>
        Selected(candidates, ParagraphClassifier.Classify(candidates, profile, cjk));

    private static List<TextBlock> Selected(IReadOnlyList<TextBlock> blocks, bool[] keep)
    {
        var kept = new List<TextBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (keep[i])
                kept.Add(blocks[i]);
        }

        return kept;
    }

    /// <summary>
    /// Extends the chosen blocks over the good prose right before and after them: an article's lead or last
    /// paragraphs often sit in a sibling element of the container (an intro box, a second text module), and the
    /// page-wide classifier vouches for them. The extension stops at the first block that is not good.
    /// </summary>
    private static List<TextBlock> WithGoodNeighbours(List<TextBlock> chosen, List<TextBlock> candidates, bool[] good)
    {
        if (chosen.Count == 0)
            return chosen;
        var first = candidates.IndexOf(chosen[0]);
        var last = candidates.LastIndexOf(chosen[^1]);
        if (first < 0 || last < 0)
            return chosen;
        var start = first;
        while (start > 0 && good[start - 1])
            start--;
        var end = last;
        while (end + 1 < candidates.Count && good[end + 1])
            end++;
        if (start == first && end == last)
            return chosen;
        var extended = new List<TextBlock>(chosen.Count + (first - start) + (end - last));
        extended.AddRange(candidates.GetRange(start, first - start));
        extended.AddRange(chosen);
        extended.AddRange(candidates.GetRange(last + 1, end - last));
        return extended;
    }

    /// <summary>The blocks under <paramref name="root"/> that no dropped element below it holds, without link lists.</summary>
    private static List<TextBlock> KeptBlocks(PageModel page, List<int> roots)
    {
        var blocks = new List<TextBlock>();
        foreach (var root in roots)
            blocks.AddRange(KeptBlocks(page, root));
        return blocks;
    }

    private static List<TextBlock> KeptBlocks(PageModel page, int root)
    {
        var node = page.Elements[root];
        var kept = new List<TextBlock>();
        for (var b = node.BlockStart; b < node.BlockEnd; b++)
        {
            if (page.IsKeptUnder(b, root) && !IsInLinkRun(page, b, node))
                kept.Add(page.Blocks[b]);
        }

        return kept;
    }

    /// <summary>A link-heavy block is kept alone (a URL cited in the text) but not when its neighbours are link-heavy too.</summary>
    private static bool IsInLinkRun(PageModel page, int b, in ElementNode root)
    {
        if (page.Blocks[b].LinkDensity <= BlockLinkDensity)
            return false;
        if (IsCrossReference(page.Blocks[b]))
            return true;
        var prevLinky = b > root.BlockStart && page.Blocks[b - 1].LinkDensity > BlockLinkDensity;
        var nextLinky = b + 1 < root.BlockEnd && page.Blocks[b + 1].LinkDensity > BlockLinkDensity;
        return prevLinky || nextLinky;
    }

    /// <summary>
    /// A short lead-in, a colon, then a link that is the rest of the line ("Read more: …", "Lea también: …", "Lire
    /// aussi : …"): a pointer to another page set inside the text, whatever the language of its lead-in.
    /// </summary>
    internal static bool IsCrossReference(TextBlock block)
    {
        var colon = block.Text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxCrossReferenceLeadIn || block.Text.AsSpan(0, colon).Contains('\n'))
            return false;
        var rest = block.Length - colon - 1;
        return rest > 0 && block.LinkChars >= CrossReferenceLinkShare * rest;
    }

    private static int TotalLength(List<TextBlock> blocks)
    {
        var total = 0;
        foreach (var block in blocks)
            total += block.Length;
        return total;
    }
}
