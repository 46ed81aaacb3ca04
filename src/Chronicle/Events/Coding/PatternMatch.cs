using Chronicle.Events.Patterns;

namespace Chronicle.Events.Coding;

/// <summary>A pattern matched at a head token: the last token it covers and the mention that filled its target slot (or −1).</summary>
internal readonly record struct PatternMatch(VerbPattern Pattern, int Head, int End, int SlotMention);
