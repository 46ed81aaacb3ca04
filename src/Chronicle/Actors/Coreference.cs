namespace Chronicle.Actors;

/// <summary>Links referring phrases to the nearest fitting earlier mention: pronouns to people or groups, <c>the country</c> to a state,
/// <c>the North Korean leader</c> to the person holding that code, <c>the two leaders</c> to two people. Unlinked phrases are dropped;
/// contextual aliases (<c>the North</c>) are dropped when their context is absent; a capital after its country is marked as such.</summary>
internal static class Coreference
{
    /// <summary>How many sentences back a pronoun may look.</summary>
    private const int PronounReach = 3;

    public static List<Candidate> Resolve(List<Candidate> found, ActorDictionary dictionary)
    {
        ApplyContexts(found);
        var result = new List<Candidate>(found.Count);
        foreach (var candidate in found)
        {
            if (!candidate.Keep)
                continue;
            if (candidate.Coref is { } coref)
                ResolveCoref(candidate, coref, result, dictionary);
            else if (candidate.Description is { } description)
                ResolveDescription(candidate, description, result);
            else if (candidate.Rule == "metonym:capital" && result.Exists(c => c.Code is { Length: >= 3 } code && candidate.Code!.StartsWith(code[..3], StringComparison.Ordinal) && dictionary.IsCountry(code)))
                candidate.Rule = "coref:capital";
            if (candidate.Keep)
                result.Add(candidate);
        }

        return result;
    }

    private static void ApplyContexts(List<Candidate> found)
    {
        foreach (var candidate in found)
        {
            if (candidate.Entry is not { Context.IsDefaultOrEmpty: false } entry)
                continue;
            candidate.Keep = found.Exists(other => other != candidate && other.Entry?.Context.IsDefaultOrEmpty != false && other.Code is { } code
                && entry.Context.Any(context => code.StartsWith(context, StringComparison.Ordinal)));
        }
    }

    private static void ResolveCoref(Candidate candidate, CorefEntry coref, List<Candidate> earlier, ActorDictionary dictionary)
    {
        switch (coref.Target)
        {
            case CorefTarget.Male or CorefTarget.Female:
                var female = coref.Target == CorefTarget.Female;
                Link(candidate, Nearest(earlier, candidate, c => c.Type == ActorType.Person && (c.Entry is null || c.Female == female), PronounReach, coref.Object));
                break;
            case CorefTarget.Group:
                Link(candidate, Nearest(earlier, candidate, c => c.Code is not null && c.Type is not (ActorType.Person or ActorType.Place or ActorType.Unknown), PronounReach - 1, coref.Object));
                break;
            case CorefTarget.State:
                var state = Nearest(earlier, candidate, c => dictionary.IsCountry(c.Code), int.MaxValue);
                Link(candidate, state);
                if (state is not null)
                {
                    candidate.Code = state.Code![..3];
                    candidate.Actor = dictionary.CountryName(candidate.Code);
                    candidate.Type = ActorType.State;
                }

                break;
            case CorefTarget.Persons:
                LinkMany(candidate, coref, earlier, c => c.Type == ActorType.Person && c.Code is not null ? c.Actor : null, _ => null);
                break;
            case CorefTarget.States:
                LinkMany(candidate, coref, earlier, c => dictionary.IsCountry(c.Code) ? c.Code![..3] : null,
                    iso => (dictionary.CountryName(iso), iso + coref.Role));
                break;
        }
    }

    /// <summary><c>the North Korean leader</c> (PRKGOV) → the nearest person with that code; <c>the president</c> (GOV) → the nearest person with that role.
    /// A country description without such a person stays a mention of the country's role.</summary>
    private static void ResolveDescription(Candidate candidate, string description, List<Candidate> earlier)
    {
        var roleOnly = description.Length == 3;
        var person = Nearest(earlier, candidate, c => c.Type == ActorType.Person && c.Code is { Length: > 3 } code
            && (roleOnly ? code.EndsWith(description, StringComparison.Ordinal) : code == description), int.MaxValue);
        if (person is not null)
        {
            Link(candidate, person);
            candidate.Rule = roleOnly ? "coref:title" : "coref:description";
        }
        else if (roleOnly)
        {
            candidate.Keep = false;
        }
        else
        {
            candidate.Rule = "adjective+role";
        }
    }

    /// <summary>The nearest earlier candidate that fits within <paramref name="reach"/> sentences; with <paramref name="skipClauseSubject"/>,
    /// the nearest one in the same sentence is passed over (an object pronoun does not refer to its own clause's subject).</summary>
    private static Candidate? Nearest(List<Candidate> earlier, Candidate of, Predicate<Candidate> fits, int reach, bool skipClauseSubject = false)
    {
        var skip = skipClauseSubject;
        for (var k = earlier.Count - 1; k >= 0; k--)
        {
            var c = earlier[k];
            if (c.Start >= of.Start)
                continue;
            if (of.Sentence - c.Sentence > reach)
                break;
            if (!fits(c))
                continue;
            if (skip && c.Sentence == of.Sentence)
            {
                skip = false;
                continue;
            }

            return c;
        }

        return null;
    }

    private static void Link(Candidate candidate, Candidate? antecedent)
    {
        if (antecedent is null)
        {
            candidate.Keep = false;
            return;
        }

        candidate.Actor = antecedent.Actor;
        candidate.Code = antecedent.Code;
        candidate.Type = antecedent.Type;
        candidate.Entry = antecedent.Entry;
        candidate.Female = antecedent.Female;
    }

    /// <summary>Links a plural phrase to the nearest <see cref="CorefEntry.Count"/> distinct antecedents (by <paramref name="key"/>); the first fills
    /// the candidate and each further one adds a mention over the same span. Too few antecedents link nothing.</summary>
    private static void LinkMany(Candidate candidate, CorefEntry coref, List<Candidate> earlier, Func<Candidate, string?> key, Func<string, (string Actor, string Code)?> describe)
    {
        var picked = new List<(string Key, Candidate From)>();
        for (var k = earlier.Count - 1; k >= 0 && picked.Count < coref.Count; k--)
        {
            var c = earlier[k];
            if (c.Start < candidate.Start && key(c) is { } id && !picked.Exists(p => p.Key == id))
                picked.Add((id, c));
        }

        if (picked.Count < coref.Count)
        {
            candidate.Keep = false;
            return;
        }

        picked.Reverse();
        for (var p = 0; p < picked.Count; p++)
        {
            var target = p == 0 ? candidate : new Candidate(candidate.Start, candidate.End, candidate.Sentence) { Rule = candidate.Rule };
            Link(target, picked[p].From);
            if (describe(picked[p].Key) is { } described)
            {
                target.Actor = described.Actor;
                target.Code = described.Code;
                target.Type = coref.Role.Length > 0 ? ActorType.Government : ActorType.State;
            }

            if (p > 0)
                earlier.Add(target);
        }
    }
}
