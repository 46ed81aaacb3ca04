using Chronicle.Actors;

namespace Chronicle.Events.Coding;

/// <summary>Which mentions can be an event's source or target: actors with a code, or people; never places.</summary>
internal static class ActorRoles
{
    public static bool CanAct(ActorMention mention) =>
        mention.Type != ActorType.Place && (mention.Code is not null || mention.Type == ActorType.Person);

    /// <summary>The key two mentions are compared by: the code, else the canonical name.</summary>
    public static string Key(ActorMention mention) => mention.Code ?? mention.Actor;
}
