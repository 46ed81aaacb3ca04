namespace Chronicle.Events.Patterns;

/// <summary>What a pattern file defines, before compilation: verb forms, word sets, patterns and mutual codes.
/// Several files (the embedded one, a user's TABARI dictionary) are merged into one <see cref="PatternBook"/>.</summary>
public sealed class PatternDefinitions
{
    /// <summary>Irregular and explicit forms of head lemmas: form → lemma.</summary>
    public Dictionary<string, string> Forms { get; } = new(StringComparer.Ordinal);

    /// <summary>Word sets by name (with the leading <c>&amp;</c>).</summary>
    public Dictionary<string, List<string[]>> Sets { get; } = new(StringComparer.Ordinal);

    public List<VerbPattern> Patterns { get; } = [];

    /// <summary>CAMEO code prefixes whose events go both ways between compound actors.</summary>
    public List<string> MutualPrefixes { get; } = [];

    /// <summary>Lines a reader could not use, with why: reported, never fatal for user dictionaries.</summary>
    public List<string> Skipped { get; } = [];
}
