using System.Collections.Immutable;

namespace Chronicle.Actors;

/// <summary>A canonical actor as the dictionary knows it.</summary>
/// <param name="Actor">The canonical name (<c>Vladimir Putin</c>, <c>Russia</c>, <c>Korean Central News Agency</c>).</param>
/// <param name="Code">The undated code, used when no dated code covers the date (a person's country, an organisation's code).</param>
/// <param name="Dated">Codes that hold over periods (a leader's terms), in file order.</param>
/// <param name="Context">Country codes one of which must be mentioned elsewhere in the text for this alias to count (<c>the North</c> needs KOR or PRK).</param>
/// <param name="Female">True when the actor is a woman, so that <c>she</c> and <c>he</c> resolve to the right antecedent.</param>
/// <param name="Ambiguous">True for names that are also common first names or words (<c>Chad</c>, <c>Jordan</c>): a neighbouring capitalised name makes them part of a person's name.</param>
/// <param name="Origin">Where it was defined (<c>file:line</c>), for conflict reports.</param>
public sealed record ActorEntry(
    string Actor,
    EntryKind Kind,
    ActorType Type,
    string? Code,
    ImmutableArray<DatedCode> Dated,
    ImmutableArray<string> Context,
    bool Female,
    bool Ambiguous,
    string Origin)
{
    /// <summary>The code on <paramref name="date"/>: the dated code covering it, else the undated code, else the country of the nearest dated code.
    /// Without a date, the most recent dated code.</summary>
    public string? CodeOn(DateOnly? date)
    {
        if (Dated.IsDefaultOrEmpty)
            return Code;
        if (date is not { } day)
            return Latest().Code;
        foreach (var dated in Dated)
        {
            if (dated.Covers(day))
                return dated.Code;
        }

        return Code ?? Country(Latest().Code);
    }

    /// <summary>True when a dated code covers <paramref name="date"/> (the actor holds an office then).</summary>
    public bool HoldsRoleOn(DateOnly? date)
    {
        if (Dated.IsDefaultOrEmpty)
            return false;
        if (date is not { } day)
            return true;
        foreach (var dated in Dated)
        {
            if (dated.Covers(day))
                return true;
        }

        return false;
    }

    private DatedCode Latest()
    {
        var latest = Dated[0];
        foreach (var dated in Dated)
        {
            if ((dated.From ?? DateOnly.MinValue) > (latest.From ?? DateOnly.MinValue))
                latest = dated;
        }

        return latest;
    }

    private static string Country(string code) => code.Length > 3 && !code.StartsWith("IGO", StringComparison.Ordinal) ? code[..3] : code;
}
