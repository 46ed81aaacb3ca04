namespace Chronicle.Bench.Pairs;

/// <summary>Counts of one yes/no decision against its labels, and the pairs where they disagree.</summary>
public sealed class DecisionScore(string name)
{
    public string Name { get; } = name;
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int TrueNegatives { get; private set; }
    public List<string> Disagreements { get; } = [];

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public void Add(bool expected, bool decided, string pair)
    {
        switch (expected, decided)
        {
            case (true, true): TruePositives++; break;
            case (false, false): TrueNegatives++; break;
            case (false, true): FalsePositives++; Disagreements.Add("false positive  " + pair); break;
            case (true, false): FalseNegatives++; Disagreements.Add("false negative  " + pair); break;
        }
    }

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Name}: precision {Precision:F3} recall {Recall:F3} (positives {TruePositives + FalseNegatives}, decided {TruePositives + FalsePositives}, TP {TruePositives} FP {FalsePositives} FN {FalseNegatives} TN {TrueNegatives})");

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
