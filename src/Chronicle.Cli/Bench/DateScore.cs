namespace Chronicle.Cli.Bench;

/// <summary>The tally of one label set: accuracy is correct pages over scored pages (the day equals the label, or no date
/// where the label has none); precision is correct dates over pages given a date.</summary>
internal sealed class DateScore(string name)
{
    public string Name { get; } = name;
    public int Pages { get; private set; }
    public int Missing { get; private set; }
    public int Correct { get; private set; }
    public int Dated { get; private set; }
    public int CorrectDated { get; private set; }
    public TimeSpan Parse { get; private set; }
    public TimeSpan Find { get; private set; }

    public double Accuracy => Pages == 0 ? 0 : (double)Correct / Pages;
    public double Precision => Dated == 0 ? 0 : (double)CorrectDated / Dated;

    public void AddMissing() => Missing++;

    public bool Add(DateOnly? label, DateOnly? found, TimeSpan parse, TimeSpan find)
    {
        Pages++;
        Parse += parse;
        Find += find;
        var correct = label == found;
        if (correct)
            Correct++;
        if (found is not null)
        {
            Dated++;
            if (correct)
                CorrectDated++;
        }

        return correct;
    }

    public void AddAll(DateScore other)
    {
        Pages += other.Pages;
        Missing += other.Missing;
        Correct += other.Correct;
        Dated += other.Dated;
        CorrectDated += other.CorrectDated;
        Parse += other.Parse;
        Find += other.Find;
    }
}
