namespace Chronicle.Extraction.Html;

/// <summary>
/// Readability's candidate scoring in one pass over the blocks: every paragraph of prose gives points (one, plus its
/// commas, plus one per hundred characters up to three) to its container and, halved and sixthed, to the two above;
/// a container's score is then weighed by its tag and class and discounted by its link density. The best container
/// and its siblings that score close to it are the candidate body.
/// </summary>
internal static class ReadabilityScorer
{
    private const int MinParagraphLength = 25;
    private const double ClassWeight = 25;
    private const double SiblingShare = 0.2;
    private const double MinSiblingScore = 10;

    /// <summary>The elements (the best one and its worthy siblings, in document order) whose blocks make the body; empty when no paragraph scored.</summary>
    public static List<int> SelectRoots(PageModel page)
    {
        var elements = page.Elements;
        var scores = new double[elements.Count];
        var touched = new bool[elements.Count];
        foreach (var block in page.Blocks)
        {
            if (block.Length < MinParagraphLength || block.Kind == BlockKind.Heading || elements[block.Owner].NearestDropped >= 0)
                continue;
            var points = 1 + block.Commas + Math.Min(block.Length / 100, 3);
            var container = ContainerOf(elements, block.Owner);
            double[] shares = [1, 0.5, 1.0 / 6];
            for (var level = 0; level < shares.Length && container >= 0; level++)
            {
                if (!touched[container])
                {
                    touched[container] = true;
                    scores[container] = InitialScore(elements[container]);
                }

                scores[container] += points * shares[level];
                container = elements[container].Parent;
            }
        }

        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (!touched[i])
                continue;
            scores[i] *= 1 - elements[i].LinkDensity;
            if (best < 0 || scores[i] > scores[best])
                best = i;
        }

        if (best < 0)
            return [];
        return WithSiblings(page, scores, touched, best);
    }

    /// <summary>A paragraph element's container is its parent; text directly in a div is its own paragraph and the div its container.</summary>
    private static int ContainerOf(List<ElementNode> elements, int owner) =>
        elements[owner].Tag is "p" or "pre" or "td" or "th" or "li" or "dd" or "blockquote" ? elements[owner].Parent : owner;

    private static double InitialScore(in ElementNode node)
    {
        var score = node.Tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + node.Hint switch
        {
            ClassHint.Content => ClassWeight,
            ClassHint.Boilerplate => -ClassWeight,
            _ => 0,
        };
    }

    private static List<int> WithSiblings(PageModel page, double[] scores, bool[] touched, int best)
    {
        var elements = page.Elements;
        var parent = elements[best].Parent;
        if (parent < 0)
            return [best];
        var threshold = Math.Max(MinSiblingScore, scores[best] * SiblingShare);
        var roots = new List<int>();
        for (var i = parent + 1; i <= elements[parent].SubtreeEnd; i = elements[i].SubtreeEnd + 1)
        {
            if (i == best || touched[i] && scores[i] >= threshold && elements[i].NearestDropped < 0 || IsProseParagraph(page, i))
                roots.Add(i);
        }

        return roots;
    }

    /// <summary>Readability also takes a sibling paragraph of plain prose that scored nothing of its own.</summary>
    private static bool IsProseParagraph(PageModel page, int index)
    {
        var node = page.Elements[index];
        if (node.Tag != "p" || node.NearestDropped >= 0 || node.Chars == 0)
            return false;
        var density = node.LinkDensity;
        return node.Chars > 80 ? density < 0.25 : density == 0 && page.Blocks[node.BlockStart].Text.EndsWith('.');
    }
}
