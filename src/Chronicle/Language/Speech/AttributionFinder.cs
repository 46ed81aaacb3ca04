using Chronicle.Language.Lexicon;

namespace Chronicle.Language.Speech;

/// <summary>Who a sentence's claim rests on: <c>Seoul said</c>, <c>Russia’s Interfax reported</c>, <c>according to South
/// Korean assessments</c>, <c>South Korean assessments suggest</c>, <c>citing unnamed sources</c>, <c>the ministry said in a
/// statement</c>, <c>…, said Dmitry Peskov</c>. Speech verbs that only introduce words (praise, vow) are not attribution;
/// passives (<c>was told</c>) and non-sources (<c>according to plan</c>) do not fire.</summary>
internal sealed class AttributionFinder(string text, List<Token> tokens, LanguageData data, NameIndex names)
{
    public void Find(Sentence sentence, int index, List<Attribution> into)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        var reader = new PhraseReader(text, tokens, sentence.FirstToken, end, data);
        var covered = sentence.FirstToken - 1;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (i <= covered)
                continue;
            var found = Cue(reader, i);
            if (found is not var (first, last, sourceFirst, sourceLast))
                continue;
            var source = Source(reader, sourceFirst, sourceLast);
            into.Add(new Attribution(tokens[first].Start, tokens[last].End, text[tokens[first].Start..tokens[last].End], source, null, index));
            covered = last;
        }
    }

    private (int First, int Last, int SourceFirst, int SourceLast)? Cue(in PhraseReader reader, int i)
    {
        var norm = tokens[i].Norm;
        if ((norm == "according" && i + 1 < reader.End && tokens[i + 1].Norm == "to") || norm == "citing")
        {
            var phraseStart = norm == "citing" ? i + 1 : i + 2;
            if (reader.PhraseAfter(phraseStart) is not var (pf, pl) || data.Speech.NonSources.Contains(tokens[pl].Norm))
                return null;
            return (i, pl, pf, pl);
        }

        if (!reader.IsSpeechVerb(i, out var kind) || IsNounUse(i, reader))
            return null;
        if (kind == SpeechKind.Speech)
        {
            // Not an attribution, but its named subject is who a later "he" or "she" is likely to be.
            if (reader.SubjectBefore(i) is var (nf, nl) && reader.IsCapital(nf) && reader.IsCapital(nl))
                names.AddSpeaker(tokens[nf].Start, names.Expand(nf, nl));
            return null;
        }

        if (reader.SubjectBefore(i) is var (sf, sl))
        {
            // "assessments suggest that …": evidence verbs attribute only an evidence noun's that-clause ("results suggest a
            // recovery" is the outlet's own claim).
            if (kind == SpeechKind.Evidence && !(data.Speech.SourceNouns.TryGetValue(tokens[sl].Norm, out var evidence) && evidence
                                                 && i + 1 < reader.End && tokens[i + 1].Norm == "that"))
                return null;
            return (sf, StatementPhraseEnd(i, reader.End), sf, sl);
        }

        if (kind == SpeechKind.Report && i > reader.First && tokens[i - 1].Norm is "," or "”" or "\"" && reader.PhraseAfter(i + 1) is var (af, al))
            return (i, al, af, al);
        return null;
    }

    /// <summary>A noun or a passive, not a report: <c>the report came</c>, <c>media reports said</c>, <c>he was told</c>.</summary>
    private bool IsNounUse(int i, in PhraseReader reader)
    {
        if (i > reader.First && tokens[i - 1].Norm is "the" or "a" or "an" or "was" or "were" or "is" or "are" or "be" or "been" or "being" or "his" or "her" or "its" or "their")
            return true;
        return i + 1 < reader.End && (reader.IsSpeechVerb(i + 1, out _)
                                      || tokens[i + 1].Norm is "was" or "were" or "is" or "are" or "has" or "have" or "had" or "could" or "would");
    }

    /// <summary>Extends the cue over <c>in a statement</c>, <c>on Telegram</c> right after the verb.</summary>
    private int StatementPhraseEnd(int verb, int end)
    {
        foreach (var phrase in data.Speech.StatementPhrases)
        {
            var k = verb + 1;
            if (k + phrase.Length > end)
                continue;
            var matches = true;
            for (var w = 0; w < phrase.Length && matches; w++)
                matches = tokens[k + w].Norm == phrase[w];
            if (matches)
                return k + phrase.Length - 1;
        }

        return verb;
    }

    private bool IsChannel(string name) => data.Speech.Channels.MatchWhole(name) is not null;

    private string Source(in PhraseReader reader, int first, int last)
    {
        if (first == last && reader.IsPronoun(first))
            return names.PronounAt(tokens[first].Start, IsChannel) ?? tokens[first].In(text).ToString();
        var source = reader.Describe(first, last);
        if (reader.IsCapital(first) && reader.IsCapital(last))
            names.AddSpeaker(tokens[first].Start, names.Expand(first, last));
        return source;
    }
}
