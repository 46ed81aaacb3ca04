using Chronicle.Actors;

namespace Chronicle.Merge;

/// <summary>Which places of event reports the built-in actor dictionary knows: a city, region or country it names. A place
/// it does not know (an estate, a building, a spaceport) is finer than any it knows and can sit inside one.</summary>
internal static class Gazetteer
{
    /// <summary>The known place or state <paramref name="place"/> names (<c>the</c> aside), or null.</summary>
    public static ActorEntry? Find(string place)
    {
        var words = WordSequence.OfAlias(place);
        var node = ActorDictionary.BuiltIn.Names.Root;
        for (var k = words.Length > 1 && words[0].Norm == "the" ? 1 : 0; k < words.Length && node is not null; k++)
            node = node.Next(words[k].Norm);
        return node?.Values.Select(v => v.Entry).FirstOrDefault(e => e.Type is ActorType.Place or ActorType.State);
    }

    /// <summary>The country code of a known place (<c>PRK</c> for Pyongyang), or null.</summary>
    public static string? CountryOf(string place) => Find(place)?.Code is { Length: >= 3 } code ? code[..3] : null;

    /// <summary>Two places contradict only when both are known and different: "Woodside" and "the Filoli estate" can be one
    /// place, Pyongyang and Moscow cannot.</summary>
    public static bool Agree(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || Find(a) is not { } first || Find(b) is not { } second
        || string.Equals(first.Actor, second.Actor, StringComparison.Ordinal);
}
