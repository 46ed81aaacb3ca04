namespace Chronicle.Merge.Archive;

/// <summary>Names a story after its key actors and events: the two actors its events involve most and its two most
/// reported kinds of event (<c>Kim Jong Un and Vladimir Putin: make a visit; sign formal agreement</c>). A story
/// without events keeps its earliest article's title. Ties break on names, so the title depends on content alone.</summary>
public static class StoryTitle
{
    private const string Unspecified = ", not specified below";

    public static StorySummary Summarise(StoryMaterial material)
    {
        var dates = material.Articles.Select(a => a.Date).OfType<DateOnly>().ToList();
        var earliest = material.Articles.OrderBy(a => a.Order, StringComparer.Ordinal).FirstOrDefault();
        var title = Generate(material.Events) ?? earliest?.Title ?? "(untitled)";
        return new StorySummary(title, dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max(), material.Articles.Count);
    }

    private static string? Generate(IReadOnlyList<StoryEvent> events)
    {
        if (events.Count == 0)
            return null;
        var actors = Top(events.SelectMany(e => new[] { e.Source, e.Target }.OfType<string>().Distinct(StringComparer.Ordinal)), 2);
        var kinds = Top(events.Select(e => Name(e.EventName)), 2);
        return actors.Count == 0 ? Capitalise(string.Join("; ", kinds)) : $"{string.Join(" and ", actors)}: {string.Join("; ", kinds)}";
    }

    private static List<string> Top(IEnumerable<string> values, int count) =>
        values.GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(g => g.Key)
            .ToList();

    /// <summary>CAMEO's name in lower case, without its "not specified below" tail: <c>Consult, not specified below</c> → <c>consult</c>.</summary>
    private static string Name(string cameoName)
    {
        var name = cameoName.EndsWith(Unspecified, StringComparison.Ordinal) ? cameoName[..^Unspecified.Length] : cameoName;
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
