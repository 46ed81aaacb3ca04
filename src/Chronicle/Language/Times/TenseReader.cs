using Chronicle.Language.Lexicon;

namespace Chronicle.Language.Times;

/// <summary>Reads the tense nearest to a time expression: the closest tense-bearing word in the sentence on either side
/// (<c>Interfax reported Thursday</c> → past; <c>he will visit on Monday</c> → future). A past form right after an
/// auxiliary (<c>will be held</c>) defers to that auxiliary.</summary>
internal static class TenseReader
{
    private const int MaxDistance = 12;

    public static Tense Read(string text, IReadOnlyList<Token> tokens, int sentenceFirst, int sentenceEnd, int first, int last, LanguageData data)
    {
        // The clause first ("will be held on Saturday, officials said": the reporting clause is not the event's tense).
        var clauseFirst = first;
        while (clauseFirst > sentenceFirst && !IsClauseBreak(tokens[clauseFirst - 1].Norm))
            clauseFirst--;
        var clauseEnd = last + 1;
        while (clauseEnd < sentenceEnd && !IsClauseBreak(tokens[clauseEnd].Norm))
            clauseEnd++;
        var tense = Nearest(tokens, clauseFirst, clauseEnd, first, last, data);
        return tense != Tense.None ? tense : Nearest(tokens, sentenceFirst, sentenceEnd, first, last, data);
    }

    private static Tense Nearest(IReadOnlyList<Token> tokens, int from, int to, int first, int last, LanguageData data)
    {
        for (var distance = 1; distance <= MaxDistance; distance++)
        {
            var left = first - distance;
            var right = last + distance;
            if (left < from && right >= to)
                break;
            if (left >= from && TenseOf(tokens, from, to, left, data) is var l and not Tense.None)
                return l;
            if (right < to && TenseOf(tokens, from, to, right, data) is var r and not Tense.None)
                return r;
        }

        return Tense.None;
    }

    private static bool IsClauseBreak(string norm) => norm is "," or ";" or ":" or "(" or ")" or "“" or "”" or "\"" or "—";

    private static Tense TenseOf(IReadOnlyList<Token> tokens, int sentenceFirst, int sentenceEnd, int i, LanguageData data)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word)
            return Tense.None;
        var norm = token.Norm;
        if (data.Calendar.TenseCues.TryGetValue(norm, out var cue))
        {
            if (norm is "set" or "going" or "planned" or "plans" or "planning" or "intends" or "due")
                return i + 1 < sentenceEnd && tokens[i + 1].Norm is "to" or "for" ? Tense.Future : Tense.None;
            return cue;
        }

        if (!data.Words.IsPastForm(norm))
            return Tense.None;
        for (var k = i - 1; k >= sentenceFirst && k >= i - 3; k--)
        {
            if (data.Calendar.TenseCues.ContainsKey(tokens[k].Norm))
                return Tense.None;
        }

        return Tense.Past;
    }
}
