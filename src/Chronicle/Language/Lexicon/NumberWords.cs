using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Language.Lexicon;

internal enum NumberWordKind : byte
{
    Unit,
    Teen,
    Ten,
    Scale,
    Vague,
}

/// <summary>Number words from number-words.tsv (<c>three</c>, <c>twenty</c>, <c>million</c>, <c>dozens</c>).</summary>
internal sealed class NumberWords(DataFiles files)
{
    public FrozenDictionary<string, (double Value, NumberWordKind Kind)> Words { get; } =
        files.Map("number-words.tsv", (c, line) => (Value(c, line), Kind(c, line)));

    private static double Value(string[] columns, int line) =>
        double.TryParse(columns[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"number-words.tsv line {line}: '{columns[1]}' is not a number.");

    private static NumberWordKind Kind(string[] columns, int line) => columns.Length > 2 ? columns[2] switch
    {
        "unit" => NumberWordKind.Unit,
        "teen" => NumberWordKind.Teen,
        "ten" => NumberWordKind.Ten,
        "scale" => NumberWordKind.Scale,
        "vague" => NumberWordKind.Vague,
        _ => throw new FormatException($"number-words.tsv line {line}: unknown kind '{columns[2]}'."),
    } : throw new FormatException($"number-words.tsv line {line}: expected a kind.");
}
