using Chronicle.Extraction.Html;

namespace Chronicle.Benchmarks;

/// <summary>Scores one page's extraction against its labels, as ../shared/datasets/README.md defines it.</summary>
public static class ExtractionScorer
{
    /// <summary>Scores the extracted main text (body, title excluded) and title of one page; null text means nothing was extracted.</summary>
    public static ExtractionScore Score(LabelledPage page, string? text, string? title)
    {
        var body = CollapseWhitespace(text ?? "");
        int tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var snippet in page.With)
        {
            if (body.Contains(CollapseWhitespace(snippet), StringComparison.Ordinal))
                tp++;
            else
                fn++;
        }

        foreach (var snippet in page.Without)
        {
            if (body.Contains(CollapseWhitespace(snippet), StringComparison.Ordinal))
                fp++;
            else
                tn++;
        }

        var labelled = page.Title is null ? 0 : 1;
        var correct = page.Title is not null && title is not null && CollapseWhitespace(page.Title) == CollapseWhitespace(title) ? 1 : 0;
        return new ExtractionScore(tp, fn, fp, tn, correct, labelled, 1);
    }

    private static string CollapseWhitespace(string text) => TextCleaner.Collapse(text);
}
