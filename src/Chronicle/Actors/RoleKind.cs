namespace Chronicle.Actors;

/// <summary>How a role word combines: a title precedes a name (<c>President</c>), a group stands alone (<c>troops</c>),
/// a generic head is absorbed after another role (<c>party leaders</c>), a modifier may sit between a country and its role (<c>nuclear</c>).</summary>
public enum RoleKind : byte
{
    Title,
    Group,
    Generic,
    Modifier,
}
