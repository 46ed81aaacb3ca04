namespace Chronicle.Events;

/// <summary>The lower-case names of <see cref="EventStatus"/> used in data files and JSON.</summary>
public static class StatusNames
{
    /// <summary>Every status's name, as stored and as filters take them.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<EventStatus>().Select(Name).ToArray();

    public static string Name(EventStatus status) => status switch
    {
        EventStatus.Happened => "happened",
        EventStatus.Planned => "planned",
        EventStatus.Hypothetical => "hypothetical",
        EventStatus.Negated => "negated",
        EventStatus.Denied => "denied",
        _ => "question",
    };

    public static EventStatus Parse(string name) => name switch
    {
        "happened" => EventStatus.Happened,
        "planned" => EventStatus.Planned,
        "hypothetical" => EventStatus.Hypothetical,
        "negated" => EventStatus.Negated,
        "denied" => EventStatus.Denied,
        "question" => EventStatus.Question,
        _ => throw new FormatException($"unknown status '{name}'."),
    };
}
