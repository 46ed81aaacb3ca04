namespace Chronicle.Events.Patterns;

public enum PatternElementKind : byte
{
    /// <summary>One of several words or word sequences.</summary>
    Words,

    /// <summary>The target slot (<c>+</c>): the next actor.</summary>
    Target,
}

/// <summary>One element of a pattern after its head: alternatives, each a sequence of lower-case words, or the target slot.</summary>
public sealed record PatternElement(PatternElementKind Kind, IReadOnlyList<string[]> Alternatives)
{
    public static PatternElement TargetSlot { get; } = new(PatternElementKind.Target, []);

    public override string ToString() =>
        Kind == PatternElementKind.Target ? "+" : string.Join('|', Alternatives.Select(a => string.Join('_', a)));
}
