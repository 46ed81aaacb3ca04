using Chronicle.Actors;

namespace Chronicle.Events.Coding;

/// <summary>Which mentions can be an event's source or target: actors with a code, or people; never places.</summary>
internal static class ActorRoles
{
    public static bool CanAct(ActorMention mention) =>
        mention.Type != ActorType.Place && (mention.Code is not null || mention.Type == ActorType.Person);

    /// <summary>True when two keys name one actor: equal, or a state and its own government or forces (<c>PRK</c> and
    /// <c>PRKGOV</c>: <c>the North Korean leader oversaw a drill of the country's missile</c> has no target).</summary>
    public static bool Same(string a, string b) =>
        a == b || (a.Length == 3 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 3 && a.StartsWith(b, StringComparison.Ordinal));

    /// <summary>The key two mentions are compared by: the code, else the canonical name.</summary>
    public static string Key(ActorMention mention) => mention.Code ?? mention.Actor;
}
