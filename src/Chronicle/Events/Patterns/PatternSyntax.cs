namespace Chronicle.Events.Patterns;

/// <summary>The element syntax both pattern formats share: <c>a|b</c> alternatives, <c>&amp;SET</c>, <c>+</c>,
/// <c>_</c> joining the words of one alternative.</summary>
internal static class PatternSyntax
{
    /// <summary>Parses one element; null (with <paramref name="error"/>) for an unknown set.</summary>
    public static PatternElement? Parse(string token, IReadOnlyDictionary<string, List<string[]>> sets, out string? error)
    {
        error = null;
        if (token == "+")
            return PatternElement.TargetSlot;
        var alternatives = new List<string[]>();
        foreach (var part in token.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part[0] == '&')
            {
                if (!sets.TryGetValue(part.ToLowerInvariant(), out var members))
                {
                    error = $"unknown set {part}";
                    return null;
                }

                alternatives.AddRange(members);
            }
            else
            {
                alternatives.Add(Words(part));
            }
        }

        return alternatives.Count == 0 ? null : new PatternElement(PatternElementKind.Words, alternatives);
    }

    /// <summary>The words of one alternative: <c>war_games</c> → [war, games]; lower case, straight apostrophes.</summary>
    public static string[] Words(string alternative) =>
        alternative.ToLowerInvariant().Replace('’', '\'').Split('_', StringSplitOptions.RemoveEmptyEntries);
}
