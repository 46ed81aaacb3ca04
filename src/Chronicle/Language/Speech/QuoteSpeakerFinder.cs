using Chronicle.Language.Lexicon;

namespace Chronicle.Language.Speech;

/// <summary>The speaker and channel of a quote, by the usual cues: after it (<c>,” Kim said</c>, <c>,” said Peskov</c>,
/// <c>,” the North Korean leader said</c>), before it (<c>Kim said: “</c>, <c>Peskov told reporters: “</c>,
/// <c>KCNA quoted Kim as saying, “</c>), or for a partial quote the speech verb of its sentence (<c>Putin praised the
/// “bravery and heroism”</c>). The channel is a news agency or state medium named in the cue's sentence outside the quote
/// (<c>Kim said, according to the official Korean Central News Agency</c>).</summary>
internal sealed class QuoteSpeakerFinder(string text, List<Token> tokens, List<Sentence> sentences, LanguageData data, NameIndex names)
{
    private const int MaxCueDistance = 12;

    public Quote Find(QuotedSpan span)
    {
        var open = TokenAt(span.Open);
        var close = TokenAt(span.Close);
        var quoteText = text[span.Start..span.End];
        var (speaker, via, cueSentence) = After(close) ?? Before(open) ?? Within(open) ?? (null, null, SentenceOf(open));
        via ??= Channel(cueSentence, span, speaker);
        return new Quote(span.Start, span.End, quoteText, speaker, via);
    }

    private (string? Speaker, string? Via, int Sentence)? After(int close)
    {
        var k = close + 1;
        if (k >= tokens.Count || SentenceOf(k) != SentenceOf(close))
            return null;
        var sentence = sentences[SentenceOf(k)];
        var reader = Reader(sentence);
        for (var j = k; j < reader.End && j < k + MaxCueDistance; j++)
        {
            if (tokens[j].Norm is "“" or "”" or "\"" or "." or ";")
                break;
            if (!reader.IsSpeechVerb(j, out _) || (j == k && tokens[j].Norm == tokens[j].Lemma))
                continue; // an inverted cue is inflected ("said Peskov"); "state media said" starts with a noun
            if (j == k)
                return reader.PhraseAfter(j + 1) is var (pf, pl) ? (Name(reader, pf, pl), null, SentenceOf(k)) : null;
            return reader.SubjectBefore(j) is var (sf, sl) && sf >= k ? (Name(reader, sf, sl), null, SentenceOf(k)) : null;
        }

        return null;
    }

    private (string? Speaker, string? Via, int Sentence)? Before(int open)
    {
        var k = open - 1;
        if (k < 0 || SentenceOf(k) != SentenceOf(open))
            return null;
        var reader = Reader(sentences[SentenceOf(k)]);
        if (tokens[k].Norm is ":" or ",")
            k--;
        if (k >= reader.First && tokens[k].Norm == "that")
            k--;
        if (k < reader.First)
            return null;
        if (tokens[k].Norm == "saying" && k - 1 >= reader.First && tokens[k - 1].Norm == "as" && reader.SubjectBefore(k - 1) is var (qf, ql))
        {
            // "KCNA quoted Kim as saying": Kim speaks, KCNA carries it.
            var channel = qf - 1 >= reader.First && reader.SubjectBefore(qf - 1) is var (cf, cl) ? text[tokens[cf].Start..tokens[cl].End] : null;
            return (Name(reader, qf, ql), channel, SentenceOf(k));
        }

        var verb = reader.IsSpeechVerb(k, out _) ? k : k - 1 >= reader.First && reader.IsSpeechVerb(k - 1, out _) ? k - 1 : -1;
        return verb >= 0 && reader.SubjectBefore(verb) is var (sf, sl) ? (Name(reader, sf, sl), null, SentenceOf(k)) : null;
    }

    private (string? Speaker, string? Via, int Sentence)? Within(int open)
    {
        var sentenceIndex = SentenceOf(open);
        var reader = Reader(sentences[sentenceIndex]);
        for (var j = open - 1; j >= reader.First; j--)
        {
            if (reader.IsSpeechVerb(j, out _) && reader.SubjectBefore(j) is var (sf, sl))
                return (Name(reader, sf, sl), null, sentenceIndex);
        }

        return null;
    }

    private string Name(in PhraseReader reader, int first, int last)
    {
        if (first == last && reader.IsPronoun(first))
            return names.PronounAt(tokens[first].Start, IsChannel) ?? tokens[first].In(text).ToString();
        if (reader.IsCapital(first) && last - first <= 1)
        {
            var name = names.Expand(first, last);
            names.AddSpeaker(tokens[first].Start, name);
            return name;
        }

        return reader.Describe(first, last);
    }

    private bool IsChannel(string name) => data.Speech.Channels.MatchWhole(name) is not null;

    /// <summary>A channel named in the sentence outside the quote and other than the speaker.</summary>
    private string? Channel(int sentenceIndex, QuotedSpan span, string? speaker)
    {
        var sentence = sentences[sentenceIndex];
        foreach (var match in data.Speech.Channels.FindAll(text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
        {
            var start = sentence.Start + match.Start;
            if (start >= span.Open && start < span.Close)
                continue;
            var written = text.Substring(start, match.Length);
            if (written != speaker)
                return written;
        }

        return null;
    }

    private PhraseReader Reader(Sentence sentence) =>
        new(text, tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, data);

    private int TokenAt(int offset)
    {
        int lo = 0, hi = tokens.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (tokens[mid].Start <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }

        return lo;
    }

    private int SentenceOf(int token)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (sentences[mid].FirstToken <= token)
                lo = mid;
            else
                hi = mid - 1;
        }

        return lo;
    }
}
