using System.Globalization;
using Chronicle.Language.Lexicon;

namespace Chronicle.Language;

/// <summary>A number read from tokens: its value and the tokens it used.</summary>
internal readonly record struct NumberReading(double Value, int TokenCount, bool Vague);

/// <summary>Reads numbers written in digits (<c>1,587</c>, <c>3.5</c>), words (<c>twenty-five</c>, <c>three hundred</c>)
/// or both (<c>2.5 million</c>, <c>2bn</c>), without allocating.</summary>
internal static class NumberReader
{
    /// <summary>Reads the number starting at token <paramref name="i"/> and ending before <paramref name="end"/>.</summary>
    public static NumberReading? Read(string text, IReadOnlyList<Token> tokens, int i, int end, NumberWords words)
    {
        var token = tokens[i];
        double value;
        var next = i + 1;
        if (token.Kind == TokenKind.Number)
        {
            if (!TryParseDigits(token.In(text), out value))
                return null;
        }
        else if (token.Kind == TokenKind.Word && words.Words.TryGetValue(token.Norm, out var word))
        {
            if (word.Kind == NumberWordKind.Vague)
                return new NumberReading(word.Value, 1, true);
            if (word.Kind == NumberWordKind.Scale)
                return null;
            value = word.Value;
            if (word.Kind == NumberWordKind.Ten && next < end && tokens[next].Kind == TokenKind.Word
                && words.Words.TryGetValue(tokens[next].Norm, out var unit) && unit.Kind == NumberWordKind.Unit && unit.Value < 10)
            {
                value += unit.Value;
                next++;
            }
        }
        else if (token.Kind == TokenKind.Word && HyphenatedNumber(token.Norm, words) is { } compound)
        {
            value = compound;
        }
        else
        {
            return null;
        }

        // Scales multiply what precedes them: "three hundred thousand", "2.5 million", "$2bn" (glued).
        while (next < end && tokens[next].Kind == TokenKind.Word && words.Words.TryGetValue(tokens[next].Norm, out var scale)
               && scale.Kind == NumberWordKind.Scale)
        {
            value *= scale.Value;
            next++;
        }

        return new NumberReading(value, next - i, false);
    }

    /// <summary><c>twenty-five</c> → 25; <c>three</c> alone is not hyphenated and returns null.</summary>
    public static double? HyphenatedNumber(ReadOnlySpan<char> norm, NumberWords words)
    {
        var dash = norm.IndexOf('-');
        if (dash <= 0)
            return null;
        var lookup = words.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(norm[..dash], out var ten) || ten.Kind != NumberWordKind.Ten
            || !lookup.TryGetValue(norm[(dash + 1)..], out var unit) || unit.Kind != NumberWordKind.Unit || unit.Value >= 10)
            return null;
        return ten.Value + unit.Value;
    }

    /// <summary>A number word or digits as a whole token (<c>three</c>, <c>3</c>, <c>twenty-one</c>), for patterns
    /// such as <c>three years ago</c>; <c>a</c>/<c>an</c> count as one.</summary>
    public static double? Simple(string text, Token token, NumberWords words)
    {
        if (token.Kind == TokenKind.Number)
            return TryParseDigits(token.In(text), out var value) ? value : null;
        if (token.Kind != TokenKind.Word)
            return null;
        if (token.Norm is "a" or "an")
            return 1;
        if (words.Words.TryGetValue(token.Norm, out var word) && word.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Ten)
            return word.Value;
        return HyphenatedNumber(token.Norm, words);
    }

    public static bool TryParseDigits(ReadOnlySpan<char> digits, out double value) =>
        double.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>An integer written in plain digits (no separators), such as a year or a day of the month.</summary>
    public static int? PlainInteger(string text, Token token, int maxDigits)
    {
        if (token.Kind != TokenKind.Number || token.Length > maxDigits)
            return null;
        var value = 0;
        foreach (var c in token.In(text))
        {
            if (c is < '0' or > '9')
                return null;
            value = value * 10 + (c - '0');
        }

        return value;
    }
}
