namespace Chronicle.Actors;

/// <summary>One left-to-right reading of a text's words: names, countries with their roles, titles with names, referring phrases
/// and unknown capitalised names become candidates; the state of one text (local names, its words) lives here, so a recognizer stays reusable.</summary>
internal sealed partial class MentionScan(ActorDictionary dictionary, string text, Word[] words, DateOnly? date)
{
    private const int MaxModifiers = 2;
    private const int MaxEntityWords = 6;
    private const string The = "the";
    private const string Of = "of";

    private readonly List<Candidate> _found = [];
    private readonly Dictionary<string, Candidate> _localNames = new(StringComparer.Ordinal);
    private HashSet<string>? _textWords;

    public List<Candidate> Run()
    {
        var i = 0;
        while (i < words.Length)
            i = Step(i);
        return _found;
    }

    private int Step(int i)
    {
        if (words[i].Shape == WordShape.Other)
            return i + 1;
        var length = TryCoref(i);
        if (length > 0)
            return i + length;
        var name = MatchName(i);
        switch (name.Outcome)
        {
            case NameOutcome.Entry:
                return OnName(i, name);
            case NameOutcome.Skip:
                return i + name.Length;
            case NameOutcome.PersonName:
                return OnCapitalised(i);
        }

        length = TryRolePhrase(i);
        if (length > 0)
            return i + length;
        return words[i].IsCapitalized ? OnCapitalised(i) : i + 1;
    }

    private int OnName(int i, NameMatch name)
    {
        var entry = name.Alias!.Entry;
        var end = i + name.Length;
        if (name.Length == 1 && entry.Kind == EntryKind.Actor && _localNames.TryGetValue(words[i].Norm, out var local) && local.Entry != entry)
        {
            AddCopy(i, end, local, "coref:surname");
            return end;
        }

        switch (entry.Kind)
        {
            case EntryKind.Country or EntryKind.Adjective or EntryKind.Capital:
                return ComposeNation(i, name);
            case EntryKind.Place:
                Add(i, end, entry.Actor, entry.Code, ActorType.Place, "place", entry);
                return end;
            case EntryKind.Metonym:
                Add(i, end, entry.Actor, entry.Code, entry.Type, entry.Context.IsDefaultOrEmpty ? "metonym" : "alias:context", entry);
                return end;
            default:
                AddActor(i, end, entry, "name");
                return end;
        }
    }

    /// <summary>A country, adjective or capital, and the role that may follow it: <c>South Korea's military</c>, <c>North Korean party leaders</c>,
    /// <c>Russian President Vladimir Putin</c>, <c>the North Korean leader</c>.</summary>
    private int ComposeNation(int i, NameMatch name)
    {
        var entry = name.Alias!.Entry;
        var iso = entry.Code!;
        var j = i + name.Length;
        var possessive = j < words.Length && SameSentence(i, j) && words[j].IsPossessive;
        if (possessive)
            j++;
        var k = j;
        for (var m = 0; m < MaxModifiers && RoleAt(i, k) is { Kind: RoleKind.Modifier } modifier; m++)
            k += modifier.Length;
        if (RoleAt(i, k) is { Kind: not RoleKind.Modifier } role)
        {
            var end = k + role.Length;
            if (role.Kind != RoleKind.Generic && RoleAt(i, end) is { Kind: RoleKind.Generic } head)
                end += head.Length;
            var code = iso + role.Entry.Role;
            if (role.Kind == RoleKind.Title && TryNameAfter(i, end, code, role.Entry, i) is { } person)
                return person;

            // "Ukrainian Foreign Ministry spokesman Heorhiy Tykhyi": a body, then a title and a name; the body's role gives the code.
            if (role.Kind == RoleKind.Group && RoleAt(i, end) is { Kind: RoleKind.Title } title && TryNameAfter(i, end + title.Length, code, title.Entry, i) is { } spokesperson)
                return spokesperson;
            var candidate = Add(i, end, $"{dictionary.CountryName(iso)} {role.Entry.Phrase}", code, role.Entry.Type,
                possessive ? "possessive+role" : entry.Kind == EntryKind.Adjective ? "adjective+role" : "nation+role", null);
            if (role.Kind == RoleKind.Title && i > 0 && SameSentence(i - 1, i) && words[i - 1].Norm == The)
            {
                candidate.Description = code;
                candidate.Rule = "coref:description";
            }

            return end;
        }

        var next = i + name.Length;
        switch (entry.Kind)
        {
            case EntryKind.Country:
                Add(i, next, entry.Actor, iso, ActorType.State, "alias", entry);
                break;
            case EntryKind.Adjective:
                Add(i, next, entry.Actor, iso, ActorType.State, "adjective", entry);
                break;
            default:
                if (IsLocative(i - 1) || CoordinatedWithPlace(i))
                    Add(i, next, entry.Actor, iso, ActorType.Place, "capital", entry);
                else
                    Add(i, next, dictionary.CountryName(iso), iso + BuiltInActorFiles.GovernmentRole, ActorType.Government, "metonym:capital", entry);
                break;
        }

        return next;
    }

    /// <summary>A role word not after a country: <c>President Donald Trump</c>, <c>the president of Russia</c>, <c>the president</c>, <c>police</c>.</summary>
    private int TryRolePhrase(int i)
    {
        if (RoleAt(i, i) is not { } role || role.Kind == RoleKind.Modifier)
            return 0;
        var end = i + role.Length;
        if (end + 1 < words.Length && SameSentence(i, end + 1) && words[end].Norm == Of && MatchName(end + 1) is { IsEntry: true } nation
            && nation.Alias!.Entry.Kind is EntryKind.Country)
        {
            var iso = nation.Alias.Entry.Code!;
            Add(i, end + 1 + nation.Length, $"{dictionary.CountryName(iso)} {role.Entry.Phrase}", iso + role.Entry.Role, role.Entry.Type, "role+of+nation", null);
            return end + 1 + nation.Length - i;
        }

        if (role.Kind == RoleKind.Title)
        {
            if (TryNameAfter(i, end, null, role.Entry, i) is { } person)
                return person - i;
            // "the president" refers back; "the official Korean Central News Agency" does not (a name follows).
            if (i > 0 && SameSentence(i - 1, i) && words[i - 1].Norm == The && !(end < words.Length && SameSentence(i, end) && words[end].IsCapitalized))
            {
                var candidate = Add(i, end, role.Entry.Phrase, null, role.Entry.Type, "coref:title", null);
                candidate.Description = role.Entry.Role;
                return role.Length;
            }
        }

        if (role.Kind == RoleKind.Group)
        {
            Add(i, end, role.Entry.Phrase, role.Entry.Role, role.Entry.Type, "role", null);
            return role.Length;
        }

        return 0;
    }

    /// <summary>A person's name right after a title; the mention covers title and name. A known person keeps their dated code, or when
    /// out of office on the date (and not called <c>former</c>) takes the title's code: <paramref name="titleCode"/>, else their country
    /// with the title's role. An unknown person takes <paramref name="titleCode"/> (null without a country). Returns the index after the name.</summary>
    private int? TryNameAfter(int mentionStart, int at, string? titleCode, RoleEntry? role, int sentenceOf)
    {
        if (at >= words.Length || !SameSentence(sentenceOf, at) || !words[at].IsCapitalized)
            return null;
        var name = MatchName(at);
        if (name.IsEntry)
        {
            var entry = name.Alias!.Entry;
            if (entry.Type != ActorType.Person)
                return null;
            var end = at + name.Length;
            if (name.Length == 1 && _localNames.TryGetValue(words[at].Norm, out var local) && local.Entry is { } localEntry)
                entry = localEntry;
            var code = entry.CodeOn(date);
            if (!entry.HoldsRoleOn(date) && (code is null || code.Length <= 3) && !IsCue(mentionStart - 1, EntityCue.Past))
                code = titleCode ?? (code is not null && role is not null ? code + role.Role : code);
            var candidate = Add(mentionStart, end, entry.Actor, code, ActorType.Person, titleCode is null ? "title+name" : "nation+title+name", entry);
            candidate.Female = entry.Female;
            Remember(candidate, at, end);
            return end;
        }

        if (_localNames.TryGetValue(words[at].Norm, out var known) && known.Type == ActorType.Person)
        {
            AddCopy(mentionStart, at + 1, known, "title+surname");
            return at + 1;
        }

        var last = UnknownNameEnd(at);
        if (last == at || CommonAt(at))
            return null;
        var person = Add(mentionStart, last, TextOf(at, last), titleCode, ActorType.Person, titleCode is null ? "title+name" : "nation+title+name", null);
        Remember(person, at, last);
        return last;
    }

    private int TryCoref(int i)
    {
        var best = dictionary.Coref.Longest(words, i, out var values);
        if (best == 0)
            return 0;
        var found = values[0];
        var candidate = Add(i, i + best, "", null, ActorType.Unknown, "coref:" + found.Target.ToString().ToLowerInvariant(), null);
        candidate.Coref = found;
        return best;
    }

    /// <summary>An unknown capitalised name kept as an entity with a guessed type, or a surname of a person named earlier.</summary>
    private int OnCapitalised(int i)
    {
        if (CommonAt(i))
            return i + 1;
        if (_localNames.TryGetValue(words[i].Norm, out var local))
        {
            AddCopy(i, i + 1, local, "coref:surname");
            return i + 1;
        }

        var end = UnknownNameEnd(i);
        if (end == i)
            return i + 1;
        if (NamesEvent(i, end))
            return end;
        var type = GuessType(i, end);
        var candidate = Add(i, end, TextOf(i, end), null, type, "entity", null);
        if (type == ActorType.Person)
            Remember(candidate, i, end);
        return end;
    }
}
