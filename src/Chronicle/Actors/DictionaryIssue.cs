namespace Chronicle.Actors;

public enum DictionaryIssueKind : byte
{
    /// <summary>A line that could not be read; it was skipped.</summary>
    Malformed,
    /// <summary>Two entries give one name different codes; the later (a user's over ours) wins.</summary>
    Conflict,
    /// <summary>A construct of a foreign format that Chronicle does not support; it was skipped.</summary>
    Unsupported,
}

/// <summary>A problem found while loading a dictionary file, with its place for the user to fix it.</summary>
public sealed record DictionaryIssue(string File, int Line, DictionaryIssueKind Kind, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Kind.ToString().ToLowerInvariant()}: {Message}";
}
