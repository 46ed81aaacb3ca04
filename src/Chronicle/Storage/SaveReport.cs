namespace Chronicle.Storage;

/// <summary>What one save did: how many articles were added, and how many were skipped as already stored.</summary>
public readonly record struct SaveReport(int Added, int Skipped)
{
    public static SaveReport operator +(SaveReport left, SaveReport right) => new(left.Added + right.Added, left.Skipped + right.Skipped);
}
