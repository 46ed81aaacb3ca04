namespace Chronicle.Events.Patterns;

/// <summary>A compiled pattern: a head word (verb lemma, or noun for nominal patterns) and the elements that follow it.</summary>
/// <param name="Id">The rule id reported as evidence (<c>send.troops</c>).</param>
/// <param name="Code">The CAMEO code it gives.</param>
/// <param name="Nominal">True for a noun pattern (<c>signing of &amp;agreement</c>), whose actors come from a possessor or <c>between A and B</c>.</param>
/// <param name="ImplicitTarget">The target may be the nearest other actor named before in the sentence (<c>~</c>).</param>
/// <param name="Status">A status the pattern itself implies (<c>agreed to talk</c> is planned), or null.</param>
/// <param name="Order">Position in its source, to break ties between patterns of equal length.</param>
public sealed record VerbPattern(
    string Id,
    string Code,
    string Head,
    IReadOnlyList<PatternElement> Elements,
    bool Nominal,
    bool ImplicitTarget,
    EventStatus? Status,
    int Order)
{
    public bool HasTargetSlot => Elements.Any(e => e.Kind == PatternElementKind.Target);

    public override string ToString() => $"{Id} [{Code}] {Head} {string.Join(' ', Elements)}";
}
