namespace Chronicle.Events;

/// <summary>Whether the text says the event took place. Only <see cref="Happened"/> events are facts; the others are
/// kept so a user can see what was planned, denied or merely possible.</summary>
public enum EventStatus : byte
{
    Happened,
    Planned,
    Hypothetical,
    Negated,
    Denied,
    Question,
}
