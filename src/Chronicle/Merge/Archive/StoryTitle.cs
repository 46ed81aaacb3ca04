using Chronicle.Events;

namespace Chronicle.Merge.Archive;

/// <summary>Names a story after its key actors and events: the two actors its events involve most and its two most
/// reported kinds of event (<c>Kim Jong Un and Vladimir Putin: make a visit; sign formal agreement</c>). A story
/// without events keeps its earliest article's title. Ties break on names, so the title depends on content alone.
/// The counts are kept as running tallies (<see cref="Tallies"/>), so naming a story reads its top entries only.</summary>
public static class StoryTitle
{
    /// <summary>How many actors and how many kinds of event a title names.</summary>
    public const int Top = 2;

    private const string Unspecified = ", not specified below";

    /// <summary>What one article adds to its story's tallies: each event counts once for each actor it names and once for its kind.</summary>
    public static IReadOnlyList<MergeTally> Tallies(IEnumerable<CodedEvent> events) =>
        MergeTally.Sum(events.SelectMany(coded =>
            new[] { coded.SourceName ?? coded.Source, coded.TargetName ?? coded.Target }
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Select(actor => new MergeTally(MergeTallyKind.Actor, actor, 1))
                .Append(new MergeTally(MergeTallyKind.EventKind, Name(coded.Cameo.Name), 1))));

    public static string Generate(StoryHead head)
    {
        if (head.EventKinds.Count == 0)
            return head.EarliestTitle ?? "(untitled)";
        var kinds = string.Join("; ", head.EventKinds);
        return head.Actors.Count == 0 ? Capitalise(kinds) : $"{string.Join(" and ", head.Actors)}: {kinds}";
    }

    /// <summary>CAMEO's name in lower case, without its "not specified below" tail: <c>Consult, not specified below</c> → <c>consult</c>.</summary>
    private static string Name(string cameoName)
    {
        var name = cameoName.EndsWith(Unspecified, StringComparison.Ordinal) ? cameoName[..^Unspecified.Length] : cameoName;
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
