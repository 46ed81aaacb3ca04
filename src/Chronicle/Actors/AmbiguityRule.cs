namespace Chronicle.Actors;

/// <summary>A name with a second sense (<c>Georgia</c> the US state, <c>Jordan</c> the player) chosen when one of the cue words occurs in the text.</summary>
/// <param name="Choose">A code (the entry with that code wins), <c>person</c> (an unknown person) or <c>none</c> (no mention).</param>
public sealed record AmbiguityRule(string Alias, string Choose, IReadOnlySet<string> Cues, string Origin)
{
    public const string Person = "person";
    public const string None = "none";
}
