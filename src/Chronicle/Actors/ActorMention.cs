namespace Chronicle.Actors;

public enum ActorType : byte
{
    Unknown,
    Person,
    State,
    Government,
    Military,
    Police,
    Party,
    Legislature,
    Judiciary,
    Opposition,
    Rebels,
    Media,
    Business,
    Civilians,
    Organisation,
    Place,
}

/// <summary>A span of the text linked to a canonical actor and its CAMEO-style code for the text's date.</summary>
/// <param name="Actor">The canonical actor's name (<c>Vladimir Putin</c>, <c>Russia</c>), or the span itself for an unknown entity.</param>
/// <param name="Code">The actor code for the date (<c>RUSGOV</c>, <c>PRKMIL</c>, <c>KOR</c>), or null for an unknown entity.</param>
/// <param name="Rule">How it was linked (<c>alias</c>, <c>adjective+role</c>, <c>coref:pronoun</c>, …), for explanations.</param>
public sealed record ActorMention(int Start, int End, string Text, string Actor, string? Code, ActorType Type, string Rule);
