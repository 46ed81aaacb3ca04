using Chronicle.Actors;

namespace Chronicle.Tests.Events;

/// <summary>Actor mentions given by hand for the coder's unit tests, so that they test the coder alone: every occurrence
/// of each surface form becomes a mention with the given code and type.</summary>
internal static class GivenMentions
{
    public static IReadOnlyList<ActorMention> In(string text, params (string Surface, string? Code, ActorType Type)[] actors)
    {
        var mentions = new List<ActorMention>();
        foreach (var (surface, code, type) in actors)
        {
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
            {
                var end = at + surface.Length;
                var whole = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
                if (whole && !mentions.Any(m => m.Start < end && at < m.End))
                    mentions.Add(new ActorMention(at, at + surface.Length, surface, surface, code, type, "given"));
            }
        }

        return mentions.OrderBy(m => m.Start).ToList();
    }
}
