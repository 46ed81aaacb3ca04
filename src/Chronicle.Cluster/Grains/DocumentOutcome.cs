namespace Chronicle.Cluster.Grains;

/// <summary>What the cluster did with one document: stored it, found it stored already, or could not read it (and why).</summary>
[GenerateSerializer, Immutable]
public sealed record DocumentOutcome([property: Id(0)] DocumentOutcomeKind Kind, [property: Id(1)] string? Error = null)
{
    public static DocumentOutcome Stored { get; } = new(DocumentOutcomeKind.Stored);

    public static DocumentOutcome Duplicate { get; } = new(DocumentOutcomeKind.Duplicate);

    public static DocumentOutcome Failed(string error) => new(DocumentOutcomeKind.Failed, error);
}

[GenerateSerializer]
public enum DocumentOutcomeKind
{
    Stored,
    Duplicate,
    Failed,
}
