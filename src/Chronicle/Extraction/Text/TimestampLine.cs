using Chronicle.Extraction.Dates;

namespace Chronicle.Extraction.Text;

/// <summary>Reads a timestamp line: "Updated on: Feb 28, 2025 10:51 AM IST", "Wednesday, September 3, 2025", or one of
/// several stamps on a line ("Published: … | Updated: …", the first publication stamp preferred).</summary>
public static class TimestampLine
{
    private static readonly char[] Separators = ['|', '\u00B7', '\u2022'];

    public static bool TryRead(ReadOnlySpan<char> line, out Stamp stamp)
    {
        if (DateText.TryParse(line, out var date))
        {
            stamp = new Stamp(date, IsPublication(line));
            return true;
        }

        stamp = default;
        var found = false;
        foreach (var range in line.SplitAny(Separators))
        {
            var part = line[range];
            if (!DateText.TryParse(part, out var partDate))
                continue;
            var publication = IsPublication(part);
            if (!found || (publication && !stamp.IsPublication))
                stamp = new Stamp(partDate, publication);
            found = true;
        }

        return found;
    }

    /// <summary>How far into a line a stamp opening it may stand ("Curated By : Last Updated: …").</summary>
    private const int StampedHeadReach = 48;

    /// <summary>Whether prose opens with a labelled stamp ("Last Updated: September 3, 2025, 14:39 IST The court …"):
    /// the summary of another story in a teaser list, as a story's own paragraphs never open so.</summary>
    public static bool OpensWithStamp(ReadOnlySpan<char> line)
    {
        var head = line[..Math.Min(line.Length, StampedHeadReach + 32)];
        if (!DateText.TryFind(head, out _, out var range))
            return false;
        var start = range.Start.GetOffset(head.Length);
        return start <= StampedHeadReach && IsStampLabel(head[..start]);
    }

    private static bool IsStampLabel(ReadOnlySpan<char> label) =>
        IsPublication(label) || label.Contains("updated", StringComparison.OrdinalIgnoreCase);

    /// <summary>A stamp labelled as the first publication rather than an update ("Published", "First published", "Posted").</summary>
    private static bool IsPublication(ReadOnlySpan<char> part) =>
        part.Contains("publish", StringComparison.OrdinalIgnoreCase) || part.Contains("posted", StringComparison.OrdinalIgnoreCase);

    /// <summary>A date read from a timestamp line, and whether it is labelled as the publication time.</summary>
    public readonly record struct Stamp(PublicationDate Date, bool IsPublication);
}
