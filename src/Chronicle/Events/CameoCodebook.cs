using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Events;

/// <summary>The CAMEO codebook (<c>events/cameo.tsv</c>) joined with its PLOVER mapping (<c>events/plover.tsv</c>).
/// Immutable and thread-safe; <see cref="Default"/> is loaded once.</summary>
public sealed class CameoCodebook
{
    private static readonly Lazy<CameoCodebook> DefaultBook = new(() => Load(
        EmbeddedResources.ReadDataLines("events/cameo.tsv"), EmbeddedResources.ReadDataLines("events/plover.tsv")));

    private readonly FrozenDictionary<string, CameoCode> _codes;

    private CameoCodebook(FrozenDictionary<string, CameoCode> codes) => _codes = codes;

    public static CameoCodebook Default => DefaultBook.Value;

    public IEnumerable<CameoCode> Codes => _codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    public int Count => _codes.Count;

    public bool TryGet(string code, out CameoCode entry) => _codes.TryGetValue(code, out entry!);

    /// <summary>The entry for <paramref name="code"/>; a code missing from the book is a bug in a pattern file, caught at load.</summary>
    public CameoCode this[string code] => _codes[code];

    /// <summary>Builds a codebook from the lines of a codebook file and of a PLOVER mapping file (the formats documented at
    /// the top of each embedded file). A malformed line or a code without a PLOVER type throws: data files are checked at load.</summary>
    public static CameoCodebook Load(IEnumerable<(int LineNumber, string Line)> cameoLines, IEnumerable<(int LineNumber, string Line)> ploverLines)
    {
        var plover = new Dictionary<string, (string Type, string? Mode)>(StringComparer.Ordinal);
        foreach (var (number, line) in ploverLines)
        {
            var cells = line.Split('\t');
            if (cells.Length < 2)
                throw new FormatException($"plover line {number}: expected 'code<TAB>type[<TAB>mode]'.");
            plover[cells[0]] = (cells[1], cells.Length > 2 && cells[2].Length > 0 ? cells[2] : null);
        }

        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var (number, line) in cameoLines)
        {
            var cells = line.Split('\t');
            if (cells.Length != 4
                || !int.TryParse(cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var quad)
                || !double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein))
                throw new FormatException($"cameo line {number}: expected 'code<TAB>quad<TAB>goldstein<TAB>name'.");
            var code = cells[0];
            var (type, mode) = LongestPrefix(plover, code)
                ?? throw new FormatException($"cameo line {number}: code {code} has no PLOVER mapping.");
            codes[code] = new CameoCode(code, cells[3], quad, goldstein, type, mode);
        }

        return new CameoCodebook(codes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static (string, string?)? LongestPrefix(Dictionary<string, (string Type, string? Mode)> map, string code)
    {
        for (var length = code.Length; length >= 2; length--)
        {
            if (map.TryGetValue(code[..length], out var hit))
                return hit;
        }

        return null;
    }
}
