using Chronicle.Language.Lexicon;

namespace Chronicle.Language.Quantities;

/// <summary>Finds quantities in a sentence: a number in digits or words, its unit (normalised through units.tsv, or the
/// counted plural noun), an approximation cue before it and an upper bound for ranges. Numbers inside time expressions,
/// identifiers (<c>No. 1</c>, <c>G7</c>, <c>F-16</c>, <c>Resolution 2231</c>) and a lone "one" are not quantities.</summary>
internal sealed class QuantityRecognizer(LanguageData data)
{
    private const int MaxWordsBeforeUnit = 3;

    public void Recognize(string text, List<Token> tokens, Sentence sentence, IReadOnlyList<TimeExpression> times, List<Quantity> into)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        var timeIndex = 0;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Punctuation || (token.Kind == TokenKind.Symbol && !data.Quantities.UnitsBefore.ContainsKey(token.Norm)))
                continue;
            while (timeIndex < times.Count && times[timeIndex].End <= token.Start)
                timeIndex++;
            if (timeIndex < times.Count && times[timeIndex].Start <= token.Start)
                continue;
            if (Read(text, tokens, sentence.FirstToken, end, i) is { } found)
            {
                if (timeIndex < times.Count && times[timeIndex].Start < tokens[found.Last].End)
                    continue; // would run into a date: "3,000 on Feb. 28" stays a count, the date stays a date
                into.Add(found.ToQuantity(text, tokens));
                i = found.Last;
            }
        }
    }

    private QuantityMatch? Read(string text, List<Token> tokens, int first, int end, int i)
    {
        var words = data.Quantities;
        var start = i;
        string? unit = null;
        if (words.UnitsBefore.TryGetValue(tokens[i].Norm, out var currency))
        {
            unit = currency;
            if (i > first && tokens[i - 1].Norm == "us" && tokens[i - 1].End == tokens[i].Start)
                start = i - 1;
            i++;
            if (i >= end || tokens[i].Kind != TokenKind.Number || tokens[i - 1].End != tokens[i].Start)
                return null;
        }

        if (NumberReader.Read(text, tokens, i, end, data.Numbers) is not { } number || IsIdentifier(text, tokens, first, end, i, number))
            return null;
        var value = number.Value;
        var last = i + number.TokenCount - 1;
        if (unit is not null && GluedSuffix(tokens, last, end) is { } multiplier)
        {
            value *= multiplier;
            last++;
        }

        var approximate = number.Vague;
        if (CueBefore(tokens, first, start) is { } cueStart)
        {
            approximate = true;
            start = cueStart;
        }

        double? max = null;
        if (RangeEnd(text, tokens, last, end) is var (upper, upperLast) && upper > value)
        {
            max = upper;
            last = upperLast;
        }

        if (Ordinal(tokens, last, end) is { } ordinalSuffix)
            return new QuantityMatch(start, ordinalSuffix, value, "ordinal", false, null);
        if (unit is null && UnitAfter(text, tokens, last, end, number.Vague) is var (unitName, unitLast))
        {
            unit = unitName;
            last = unitLast;
        }

        if (unit is null && tokens[i].Kind == TokenKind.Word && value == 1)
            return null; // "one of them", "no one": a lone "one" is a pronoun far more often than a count
        if (unit is null && start == i && AfterName(text, tokens, first, i))
            return null; // "Resolution 2231", "Article 5": a number that follows a name and counts nothing names something
        return new QuantityMatch(start, last, value, unit, approximate, max);
    }

    /// <summary><c>No. 1</c>, <c>G7</c>, <c>F-16</c>, <c>3I/ATLAS</c>, <c>Resolution 2231</c>: numbers that name rather than count.</summary>
    private static bool IsIdentifier(string text, List<Token> tokens, int first, int end, int i, NumberReading number)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Number)
            return false;
        if (i > first)
        {
            var previous = tokens[i - 1];
            if (previous.Norm is "no" or "no." or "nos" or "#" || (previous.Norm == "." && i - 2 >= first && tokens[i - 2].Norm is "no" or "art"))
                return true;
            if (previous.End == token.Start && previous.Kind == TokenKind.Word)
                return true;
            if (previous.Norm == "-" && previous.End == token.Start && i - 2 >= first && tokens[i - 2].End == previous.Start
                && tokens[i - 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[i - 2].Start]))
                return true;
        }

        var next = i + number.TokenCount;
        return next < end && tokens[next].Start == tokens[next - 1].End && tokens[next].Kind == TokenKind.Word
               && char.IsUpper(text[tokens[next].Start]);
    }

    private static bool AfterName(string text, List<Token> tokens, int first, int i) =>
        i - 1 > first && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i - 1].Start]);

    /// <summary><c>$2m</c>, <c>$5k</c>: a glued million or thousand after a currency amount.</summary>
    private static double? GluedSuffix(List<Token> tokens, int last, int end) =>
        last + 1 < end && tokens[last + 1].Start == tokens[last].End ? tokens[last + 1].Norm switch { "m" => 1e6, "k" => 1e3, _ => null } : null;

    private int? CueBefore(List<Token> tokens, int first, int start)
    {
        foreach (var cue in data.Quantities.Cues)
        {
            var k = start - cue.Length;
            if (k < first)
                continue;
            var matches = true;
            for (var w = 0; w < cue.Length && matches; w++)
                matches = tokens[k + w].Norm == cue[w];
            if (matches)
                return k;
        }

        return null;
    }

    /// <summary><c>10,000 to 12,000</c>, <c>10,000-12,000</c>, <c>between 10,000 and 12,000</c>.</summary>
    private (double Value, int Last)? RangeEnd(string text, List<Token> tokens, int last, int end)
    {
        var k = last + 1;
        if (k + 1 >= end || tokens[k].Norm is not ("to" or "-" or "–" or "and"))
            return null;
        if (tokens[k + 1].Kind != tokens[last].Kind && !(tokens[last].Kind == TokenKind.Word))
            return null;
        return NumberReader.Read(text, tokens, k + 1, end, data.Numbers) is { Vague: false } upper
            ? (upper.Value, k + upper.TokenCount)
            : null;
    }

    private static int? Ordinal(List<Token> tokens, int last, int end) =>
        tokens[last].Kind == TokenKind.Number && last + 1 < end && tokens[last + 1].Start == tokens[last].End
        && tokens[last + 1].Norm is "st" or "nd" or "rd" or "th"
            ? last + 1
            : null;

    /// <summary>The unit after a number: a listed unit within a few words (<c>15,000 North Korean troops</c>), the first
    /// part of a hyphenated word (<c>1,587 kilometers-long</c>), <c>per cent</c>, or a counted plural noun.</summary>
    private (string Unit, int Last)? UnitAfter(string text, List<Token> tokens, int last, int end, bool vague)
    {
        var units = data.Quantities.UnitsAfter;
        var k = last + 1;
        if (k < end && tokens[k].Norm == "-" && tokens[k].Start == tokens[last].End)
            k++;
        if (vague && k < end && tokens[k].Norm == "of")
            k++;
        if (k < end && tokens[k].Norm == "per" && k + 1 < end && tokens[k + 1].Norm == "cent")
            return ("%", k + 1);
        for (var w = 0; w < MaxWordsBeforeUnit && k + w < end; w++)
        {
            var token = tokens[k + w];
            if (units.TryGetValue(token.Norm, out var unit))
                return (unit, k + w);
            if (token.Kind != TokenKind.Word || IsFunctionWord(token.Norm))
                return null;
            var dash = token.Norm.IndexOf('-');
            if (dash > 0 && units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token.Norm.AsSpan(0, dash), out var prefixUnit))
                return (prefixUnit, k + w);
            if (!char.IsUpper(text[token.Start]) && IsCountedPlural(token))
                return (token.Norm, k + w);
        }

        return null;
    }

    /// <summary>Words a unit search stops at: the unit of "one of the soldiers" is not "soldiers".</summary>
    private static bool IsFunctionWord(string norm) => norm is "of" or "the" or "a" or "an" or "and" or "or" or "to" or "in"
        or "on" or "at" or "for" or "from" or "with" or "by" or "as" or "than" or "that" or "which" or "who" or "were" or "was";

    private static bool IsCountedPlural(Token token) =>
        token.Kind == TokenKind.Word && token.Length > 3 && token.Norm[^1] == 's' && token.Lemma != token.Norm;
}
