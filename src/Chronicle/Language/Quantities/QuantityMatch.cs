namespace Chronicle.Language.Quantities;

/// <summary>A quantity found over tokens <see cref="First"/>..<see cref="Last"/> (inclusive).</summary>
internal readonly record struct QuantityMatch(int First, int Last, double Value, string? Unit, bool Approximate, double? Max)
{
    public Quantity ToQuantity(string text, List<Token> tokens)
    {
        var start = tokens[First].Start;
        var end = tokens[Last].End;
        return new Quantity(start, end, text[start..end], Value, Unit, Approximate, Max);
    }
}
