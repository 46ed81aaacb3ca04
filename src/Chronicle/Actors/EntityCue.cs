namespace Chronicle.Actors;

/// <summary>What a word says about an unknown name next to it: <c>Ministry</c> makes an organisation, <c>Province</c> a place,
/// <c>Mr</c> a person; a locative (<c>in</c>, <c>to</c>) before a capital makes it a place rather than its government;
/// a past marker (<c>former</c>) before a title keeps the title from giving its code to the name.</summary>
public enum EntityCue : byte
{
    Organisation,
    Place,
    Person,
    Locative,
    Past,
    /// <summary>Joins coordinated names (<c>and</c>, <c>,</c>): the second capital reads as the first does.</summary>
    Conjunction,
    /// <summary>A direction or part of a place (<c>northern</c>, <c>outskirts</c>): transparent to a locative (<c>in western Beijing</c>, <c>north of Moscow</c>).</summary>
    Direction,
    /// <summary>Names an event or occasion, not an actor (<c>World War II</c>, <c>Victory Day</c>): a capitalised run holding it is no entity.</summary>
    Event,
}
