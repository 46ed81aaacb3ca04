namespace Chronicle.Benchmarks;

/// <summary>
/// Snippet-level scores of main-text extraction, summed over pages: a "with" snippet found is a true positive, missed a
/// false negative; a "without" snippet found is a false positive, missed a true negative. Title accuracy is exact
/// match after whitespace collapse, over the pages that have a title label.
/// </summary>
public sealed record ExtractionScore(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives, int TitlesCorrect, int TitlesLabelled, int Pages)
{
    public static readonly ExtractionScore Zero = new(0, 0, 0, 0, 0, 0, 0);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + FalseNegatives + FalsePositives + TrueNegatives);

    public double TitleAccuracy => Ratio(TitlesCorrect, TitlesLabelled);

    public static ExtractionScore operator +(ExtractionScore a, ExtractionScore b) => new(
        a.TruePositives + b.TruePositives,
        a.FalseNegatives + b.FalseNegatives,
        a.FalsePositives + b.FalsePositives,
        a.TrueNegatives + b.TrueNegatives,
        a.TitlesCorrect + b.TitlesCorrect,
        a.TitlesLabelled + b.TitlesLabelled,
        a.Pages + b.Pages);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
