namespace Chronicle.Actors;

/// <summary>What a dictionary name stands for; the recognizer composes kinds differently (an adjective takes a role, a capital is a place or a metonym).</summary>
public enum EntryKind : byte
{
    /// <summary>A state's name or alias: <c>Russia</c>, <c>DPRK</c>.</summary>
    Country,
    /// <summary>A demonym or adjective: <c>North Korean</c>.</summary>
    Adjective,
    /// <summary>A capital: a place after <c>in</c>/<c>to</c>, the government as a subject (<c>Seoul said</c>).</summary>
    Capital,
    /// <summary>A seat of power standing for a government: <c>the Kremlin</c>.</summary>
    Metonym,
    /// <summary>A named actor with its own (possibly dated) codes: a person, party, medium or organisation.</summary>
    Actor,
    /// <summary>A place resolved to its country.</summary>
    Place,
}
