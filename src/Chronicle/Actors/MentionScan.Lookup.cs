namespace Chronicle.Actors;

/// <summary>Dictionary look-ups and small word tests of <see cref="MentionScan"/>.</summary>
internal sealed partial class MentionScan
{
    private readonly record struct RoleMatch(RoleEntry Entry, int Length)
    {
        public RoleKind Kind => Entry.Kind;
    }

    /// <summary>The longest name starting at word <paramref name="i"/> whose case fits, with ambiguity and first-name rules applied.</summary>
    private NameMatch MatchName(int i)
    {
        var best = dictionary.Names.Longest(words, i, out var values);
        if (best == 0)
            return NameMatch.None;

        // "The North Korean leader": a name starting inside this one and ending after it wins over "the North".
        if (best >= 2 && MatchNameNoRules(i + 1) > best - 1)
            return NameMatch.None;
        if (dictionary.Ambiguities.Count > 0 && dictionary.Ambiguities.TryGetValue(best == 1 ? words[i].Norm : KeyOf(i, i + best), out var rule) && TextHasAny(rule.Cues))
        {
            if (rule.Choose == AmbiguityRule.None)
                return new NameMatch(best, null, NameOutcome.Skip);
            if (rule.Choose == AmbiguityRule.Person)
                return new NameMatch(best, null, NameOutcome.PersonName);
            foreach (var value in values)
            {
                if (value.Entry.Code == rule.Choose && value.Accepts(words, i))
                    return new NameMatch(best, value, NameOutcome.Entry);
            }
        }

        var chosen = Choose(values, i);
        if (chosen.Entry.Ambiguous && (IsNamePart(i - 1, i) || IsNamePart(i + best, i)))
            return new NameMatch(best, null, NameOutcome.PersonName);
        return new NameMatch(best, chosen, NameOutcome.Entry);
    }

    /// <summary>Among the entries of one alias: an actor already mentioned in the text, else one holding a role on the date, else the first.</summary>
    private NameAlias Choose(NameAlias[] values, int i)
    {
        NameAlias? first = null;
        NameAlias? inOffice = null;
        var accepted = 0;
        foreach (var value in values)
        {
            if (!value.Accepts(words, i))
                continue;
            accepted++;
            first ??= value;
            if (inOffice is null && value.Entry.HoldsRoleOn(date))
                inOffice = value;
        }

        if (accepted == 1)
            return first!;
        for (var f = _found.Count - 1; f >= 0; f--)
        {
            foreach (var value in values)
            {
                if (ReferenceEquals(_found[f].Entry, value.Entry) && value.Accepts(words, i))
                    return value;
            }
        }

        return inOffice ?? first!;
    }

    /// <summary>True when word <paramref name="k"/> is a capitalised word that is no known name: a first name or surname beside an ambiguous one.</summary>
    private bool IsNamePart(int k, int anchor)
    {
        if (k < 0 || k >= words.Length || !SameSentence(k, anchor) || !words[k].IsCapitalized || CommonAt(k))
            return false;
        if (k < anchor && words[k].SentenceStart && dictionary.CommonWords.Contains(words[k].Norm))
            return false;
        return RoleAt(k, k) is null && MatchNameNoRules(k) == 0;
    }

    private int MatchNameNoRules(int i) => dictionary.Names.Longest(words, i, out _);

    /// <summary>The longest role phrase at <paramref name="k"/> within the sentence of <paramref name="anchor"/>.</summary>
    private RoleMatch? RoleAt(int anchor, int k)
    {
        if (k >= words.Length || !SameSentence(anchor, k))
            return null;
        var length = dictionary.Roles.Longest(words, k, out var values);
        return length == 0 ? null : new RoleMatch(values[0], length);
    }

    /// <summary>Where a run of capitalised words that starts no known name ends (<c>of</c>, <c>de</c> may join two capitalised words).</summary>
    private int UnknownNameEnd(int i)
    {
        var j = i;
        while (j < words.Length && SameSentence(i, j) && j - i < MaxEntityWords)
        {
            var word = words[j];
            if (word.IsCapitalized && !CommonAt(j) && (j == i || !MatchName(j).IsEntry) && (j == i || RoleAt(j, j) is null or { Kind: RoleKind.Modifier }))
            {
                j++;
                continue;
            }

            if (j > i && dictionary.Cues.TryGetValue(word.Norm, out var cue) && cue == EntityCue.Person && j + 1 < words.Length && SameSentence(i, j + 1) && words[j + 1].IsCapitalized)
            {
                j++;
                continue;
            }

            if (j > i && word.Norm == Of && j + 1 < words.Length && SameSentence(i, j + 1) && words[j + 1].IsCapitalized && !CommonAt(j + 1))
            {
                j++;
                continue;
            }

            break;
        }

        return j;
    }

    private bool NamesEvent(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsCue(k, EntityCue.Event))
                return true;
        }

        return false;
    }

    private ActorType GuessType(int start, int end)
    {
        if (dictionary.Cues.TryGetValue(words[end - 1].Norm, out var last) && last is EntityCue.Organisation or EntityCue.Place)
            return last == EntityCue.Organisation ? ActorType.Organisation : ActorType.Place;
        if (dictionary.Cues.TryGetValue(words[start].Norm, out var first) && first == EntityCue.Person)
            return ActorType.Person;
        if (IsLocative(start - 1))
            return ActorType.Place;
        return end - start >= 2 && words[start].Shape != WordShape.AllCaps ? ActorType.Person : ActorType.Unknown;
    }

    /// <summary>True when word <paramref name="k"/> places what follows (<c>in</c>, <c>to</c>, <c>the</c> before a capital used as a noun modifier).</summary>
    private bool IsLocative(int k)
    {
        if (k < 0)
            return false;
        if (words[k].Norm == The || IsCue(k, EntityCue.Locative))
            return true;
        if (IsCue(k, EntityCue.Direction))
            return IsLocative(k - 1) || (k > 0 && words[k - 1].Norm is "a" or "an");
        return words[k].Norm == Of && IsCue(k - 1, EntityCue.Direction);
    }

    private bool IsCue(int k, EntityCue cue) =>
        k >= 0 && dictionary.Cues.TryGetValue(words[k].Norm, out var found) && found == cue;

    /// <summary>True for the second of coordinated capitals whose first is a place: <c>in Brussels, London and Washington</c>.</summary>
    private bool CoordinatedWithPlace(int i)
    {
        if (i < 2 || !SameSentence(i - 1, i) || _found.Count == 0)
            return false;
        if (!IsCue(i - 1, EntityCue.Conjunction))
            return false;
        var last = _found[^1];
        return last.End == words[i - 2].End && last.Type == ActorType.Place;
    }

    private bool CommonAt(int k) =>
        dictionary.CommonWords.Contains(words[k].Norm) && (words[k].SentenceStart || words[k].Shape != WordShape.AllCaps);

    private bool SameSentence(int a, int b) => words[a].Sentence == words[b].Sentence;

    private string TextOf(int start, int end) => text[words[start].Start..words[end - 1].End];

    private string KeyOf(int start, int end)
    {
        var parts = new string[end - start];
        for (var k = start; k < end; k++)
            parts[k - start] = words[k].Norm;
        return string.Join(' ', parts);
    }

    private bool TextHasAny(IReadOnlySet<string> cues)
    {
        if (_textWords is null)
        {
            _textWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in words)
                _textWords.Add(word.Norm);
        }

        return _textWords.Overlaps(cues);
    }

    private Candidate Add(int start, int end, string actor, string? code, ActorType type, string rule, ActorEntry? entry)
    {
        var candidate = new Candidate(words[start].Start, words[end - 1].End, words[start].Sentence)
        {
            Actor = actor,
            Code = code,
            Type = type,
            Rule = rule,
            Entry = entry,
        };
        _found.Add(candidate);
        return candidate;
    }

    private void AddActor(int start, int end, ActorEntry entry, string rule)
    {
        var candidate = Add(start, end, entry.Actor, entry.CodeOn(date), entry.Type, rule, entry);
        candidate.Female = entry.Female;
        if (entry.Type == ActorType.Person)
            Remember(candidate, start, end);
    }

    private void AddCopy(int start, int end, Candidate of, string rule)
    {
        var candidate = Add(start, end, of.Actor, of.Code, of.Type, rule, of.Entry);
        candidate.Female = of.Female;
    }

    /// <summary>Keeps a person's first and last name words so that a later <c>Kim</c> or <c>Lavrov</c> refers to them.</summary>
    private void Remember(Candidate person, int start, int end)
    {
        var nameStart = start;
        while (nameStart < end && !words[nameStart].IsCapitalized)
            nameStart++;
        if (nameStart < end && RoleAt(nameStart, nameStart) is { } title)
            nameStart += title.Length;
        if (nameStart >= end)
            return;
        _localNames[words[nameStart].Norm] = person;
        _localNames[words[end - 1].Norm] = person;
    }
}
