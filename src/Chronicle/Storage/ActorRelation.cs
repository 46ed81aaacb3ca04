namespace Chronicle.Storage;

/// <summary>An actor's counterpart in coded events (source or target opposite it) and how their events split by quad class.</summary>
/// <param name="Code">The counterpart's code.</param>
/// <param name="Name">A name the events give it.</param>
/// <param name="ByQuadClass">Events of quad class 1 to 4 (verbal and material cooperation, verbal and material conflict), at index 0 to 3.</param>
public sealed record ActorRelation(string Code, string? Name, int Events, IReadOnlyList<int> ByQuadClass);
