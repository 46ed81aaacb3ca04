using Chronicle.Language.Lexicon;

namespace Chronicle.Language.Speech;

/// <summary>Reads the noun phrases around speech verbs: the subject to the left (<c>South Korea’s Joint Chiefs of Staff</c>,
/// <c>senior officials</c>, <c>the North Korean leader</c>, <c>he</c>; past an appositive in <c>Kim, in his remarks,</c>) and
/// the phrase to the right of <c>according to</c>, <c>citing</c> or an inverted <c>said</c>.</summary>
internal readonly struct PhraseReader(string text, List<Token> tokens, int first, int end, LanguageData data)
{
    private const int MaxPhraseTokens = 8;
    private const int MaxModifiers = 3;

    public int First => first;

    public int End => end;

    public List<Token> Tokens => tokens;

    public bool IsSpeechVerb(int i, out SpeechKind kind)
    {
        kind = default;
        var token = tokens[i];
        if (token.Kind != TokenKind.Word || IsCapital(i) && i != first)
            return false;
        var lemma = token.Norm == token.Lemma ? data.Words.Lemma(token.Norm) : token.Lemma;
        return data.Speech.Verbs.TryGetValue(lemma, out kind);
    }

    /// <summary>The subject ending just before <paramref name="verb"/>, skipping adverbs and auxiliaries
    /// (<c>Seoul also said</c>, <c>officials have said</c>) and an appositive between commas.</summary>
    public (int First, int Last)? SubjectBefore(int verb)
    {
        var k = verb - 1;
        while (k >= first && tokens[k].Norm is "also" or "reportedly" or "previously" or "separately" or "later" or "has" or "have"
                   or "had" or "would" or "will" or "could" or "may" or "further" or "again" or "repeatedly" or "publicly")
            k--;
        if (k < first)
            return null;
        if (tokens[k].Norm == ",")
        {
            for (var j = k - 1; j >= first && j >= k - MaxPhraseTokens; j--)
            {
                if (tokens[j].Norm == ",")
                    return Subject(j - 1);
            }

            return null;
        }

        return Subject(k);
    }

    /// <summary>The phrase starting at <paramref name="k"/>: up to a comma, a preposition, a clause word or a verb.</summary>
    public (int First, int Last)? PhraseAfter(int k)
    {
        var last = -1;
        for (var i = k; i < end && i < k + MaxPhraseTokens; i++)
        {
            var token = tokens[i];
            if (IsPossessive(i) || (token.Norm == "-" && i > k && tokens[i - 1].End == token.Start))
            {
                last = i;
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Number) || IsStopWord(token.Norm) || (i > k && IsVerbLike(i)))
                break;
            last = i;
        }

        return last >= k && (HasContent(k, last) || tokens[last].Kind == TokenKind.Word && tokens[last].Norm is not ("the" or "a" or "an"))
            ? (k, last)
            : null;
    }

    /// <summary>The phrase as written, determiner included (<c>the North Korean leader</c>): the actor layer resolves it.</summary>
    public string Describe(int phraseFirst, int phraseLast) => text[tokens[phraseFirst].Start..tokens[phraseLast].End];

    public bool IsCapital(int i) => tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]);

    public bool IsPronoun(int i) => tokens[i].Norm is "he" or "she" or "they" or "it" or "we" or "i";

    private (int First, int Last)? Subject(int k)
    {
        if (k < first)
            return null;
        if (IsPronoun(k))
            return (k, k);
        var last = k;
        var start = -1;
        var modifiers = 0;
        var sourceHead = false;
        while (k >= first)
        {
            var token = tokens[k];
            if (token.Norm == "s" && IsPossessive(k - 1))
            {
                k -= 2;
                continue;
            }

            if (token.Norm == "of" && start >= 0 && k > first && IsCapital(k - 1))
            {
                k--;
                continue;
            }

            if (token.Norm == "-" && k > first && tokens[k - 1].End == token.Start)
            {
                k--;
                continue;
            }

            if (token.Kind != TokenKind.Word)
                break;
            if (token.Norm is "the" or "a" or "an")
            {
                if (start < 0)
                    break;
                start = k;
                // "a spokesman for the Joint Chiefs of Staff": the head noun before "for"/"of" is the subject's head.
                if (k - 2 >= first && tokens[k - 1].Norm is "for" or "of" or "at" && data.Speech.SourceNouns.ContainsKey(tokens[k - 2].Norm)
                    && Subject(k - 2) is var (outerFirst, _))
                    start = outerFirst;
                break;
            }

            if (IsCapital(k))
            {
                if (data.SentenceStarters.Contains(token.Norm) || data.Calendar.Weekdays.ContainsKey(token.Norm))
                    break;
                start = k;
            }
            else if (data.Speech.SourceNouns.ContainsKey(token.Norm) && (start < 0 || !IsCapital(start)))
            {
                sourceHead |= k == last;
                start = k;
            }
            else if (start >= 0 && sourceHead && modifiers < MaxModifiers && !IsStopWord(token.Norm) && !IsFiniteVerb(k))
            {
                modifiers++;
                start = k;
            }
            else
            {
                break;
            }

            k--;
        }

        return start >= 0 && HasContent(start, last) ? (start, last) : null;
    }

    private bool HasContent(int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if ((IsCapital(i) && tokens[i].Norm is not ("the" or "a" or "an")) || data.Speech.SourceNouns.ContainsKey(tokens[i].Norm))
                return true;
        }

        return false;
    }

    private bool IsPossessive(int apostrophe) =>
        apostrophe >= first && apostrophe + 1 < end && tokens[apostrophe].Norm is "'" or "’" && tokens[apostrophe + 1].Norm == "s"
        && tokens[apostrophe].End == tokens[apostrophe + 1].Start;

    private bool IsVerbLike(int i)
    {
        var norm = tokens[i].Norm;
        return norm is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "did"
               || (!IsCapital(i) && (data.Words.IsPastForm(norm) || IsSpeechVerb(i, out _)) && !data.Speech.SourceNouns.ContainsKey(norm));
    }

    private bool IsFiniteVerb(int i) =>
        tokens[i].Norm is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "did" or "said"
        || data.Words.IsPastForm(tokens[i].Norm);

    private static bool IsStopWord(string norm) => norm is "on" or "in" or "at" or "that" or "which" or "who" or "as" or "and"
        or "to" or "for" or "with" or "by" or "from" or "after" or "before" or "when" or "while" or "but" or "or" or "than"
        or "if" or "because" or "since" or "about" or "over" or "into";
}
