using Chronicle.Events.Patterns;

namespace Chronicle.Events.Coding;

/// <summary>Matches a pattern forward from its head. Up to <see cref="MaxGap"/> words may stand between elements, but a
/// gap never crosses a clause boundary, a comma or another verb: <c>signed a strategic partnership pact</c> matches
/// <c>sign &amp;agreement</c>, <c>signed, then attacked the treaty</c> does not.</summary>
internal static class PatternMatcher
{
    public const int MaxGap = 4;

    public static PatternMatch? Match(ChunkedSentence s, VerbPattern pattern, int head)
    {
        var position = head + 1;
        var slot = -1;
        var verbEnd = head;
        foreach (var element in pattern.Elements)
        {
            var found = false;
            var skipped = 0;
            for (var k = position; k < s.Count; k++)
            {
                if (k > position && !GluedToPrevious(s, k - 1) && ++skipped > MaxGap)
                    break;
                if (element.Kind == PatternElementKind.Target)
                {
                    var m = s.MentionAt[k];
                    if (m >= 0 && ActorRoles.CanAct(s.Mentions[m]))
                    {
                        slot = m;
                        position = s.MentionLast[m] + 1;
                        found = true;
                        break;
                    }
                }
                else if (MatchesAt(s, element, k) is var length and > 0)
                {
                    position = k + length;
                    verbEnd = position - 1;
                    found = true;
                    break;
                }

                if (StopsGap(s, k))
                    break;
            }

            // A final target slot after words left empty still matches: the event keeps its code and the target search
            // (or none) decides: `launched an investigation into the deaths` is 090 without a target. A slot right after
            // the head stays required: it is what tells the verb `sanction X` from the noun `sanctions`.
            var optionalSlot = element.Kind == PatternElementKind.Target && pattern.Elements.Count > 1
                && ReferenceEquals(element, pattern.Elements[^1]);
            if (!found && !optionalSlot)
                return null;
        }

        return new PatternMatch(pattern, head, position - 1, verbEnd, slot);
    }

    /// <summary>The number of tokens an alternative of <paramref name="element"/> covers at <paramref name="k"/>, or 0.</summary>
    private static int MatchesAt(ChunkedSentence s, PatternElement element, int k)
    {
        foreach (var words in element.Alternatives)
        {
            if (k + words.Length > s.Count)
                continue;
            var all = true;
            for (var w = 0; w < words.Length && all; w++)
                all = WordMatches(s, k + w, words[w]);
            if (all)
                return words.Length;
        }

        return 0;
    }

    public static bool WordMatches(ChunkedSentence s, int k, string word)
    {
        var token = s.Tokens[k];
        var norm = token.Norm;
        if (norm == word || token.Lemma == word || s.VerbLemmas[k] == word)
            return true;
        if (norm.Length == word.Length + 1 && norm[^1] == 's' && norm.StartsWith(word, StringComparison.Ordinal))
            return true;
        return norm.Length == word.Length + 2 && norm.EndsWith("es", StringComparison.Ordinal) && norm.StartsWith(word, StringComparison.Ordinal);
    }

    /// <summary>A token written against the one before it (<c>-18</c> and <c>18</c> of <c>Hwasong-18</c>, <c>-fuel</c>) is part of
    /// the same word: a gap counts words, so <c>its new Hwasong-18 solid-fuel missile</c> skips four.</summary>
    private static bool GluedToPrevious(ChunkedSentence s, int k) =>
        k > 0 && s.Tokens[k].Start == s.Tokens[k - 1].End;

    private static bool StopsGap(ChunkedSentence s, int k) =>
        s.Tags[k] is TokenTag.Boundary or TokenTag.Verb or TokenTag.Subordinator || s.Norm(k) == ",";
}
