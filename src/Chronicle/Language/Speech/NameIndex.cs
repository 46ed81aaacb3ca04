namespace Chronicle.Language.Speech;

/// <summary>Names as the text gives them, for speakers: a short name takes the fullest earlier form that contains it
/// (<c>Kim</c> → <c>Kim Jong Un</c>), and a pronoun the nearest earlier named speaker or source (<c>he</c> → <c>Kim Jong Un</c>).
/// The actor layer links names to actors; this only keeps the language layer's speakers readable.</summary>
internal sealed class NameIndex(string text, List<Token> tokens, List<Sentence> sentences, Func<string, bool> isTitle)
{
    private const int MaxNameTokens = 4;

    private readonly List<(int Position, string Name)> _speakers = [];
    private List<(int Start, int First, int Last)>? _runs;

    /// <summary>Records a named speaker or source at a position, for later pronouns.</summary>
    public void AddSpeaker(int position, string name)
    {
        var at = _speakers.Count;
        while (at > 0 && _speakers[at - 1].Position > position)
            at--;
        _speakers.Insert(at, (position, name));
    }

    /// <summary>The nearest named speaker before <paramref name="position"/>, skipping names <paramref name="skip"/> rejects
    /// (news channels are not "he").</summary>
    public string? PronounAt(int position, Func<string, bool> skip)
    {
        for (var k = _speakers.Count - 1; k >= 0; k--)
        {
            if (_speakers[k].Position < position && !skip(_speakers[k].Name))
                return _speakers[k].Name;
        }

        // No named speaker yet: the nearest earlier name of two or more words ("Vladimir Putin arrived. He said …").
        _runs ??= FindRuns();
        for (var k = _runs.Count - 1; k >= 0; k--)
        {
            var (start, runFirst, runLast) = _runs[k];
            var name = text[start..tokens[runLast].End];
            if (start < position && !skip(name))
                return name;
        }

        return null;
    }

    /// <summary>The fullest earlier name run that contains the single- or two-word <paramref name="name"/> spanning
    /// tokens <paramref name="first"/>..<paramref name="last"/>; the name itself when there is none.</summary>
    public string Expand(int first, int last)
    {
        var name = text[tokens[first].Start..tokens[last].End];
        if (last - first > 1)
            return name;
        _runs ??= FindRuns();
        var count = last - first + 1;
        foreach (var (start, runFirst, runLast) in Enumerable.Reverse(_runs))
        {
            if (start >= tokens[first].Start || runLast - runFirst + 1 <= count)
                continue;
            for (var k = runFirst; k + count - 1 <= runLast; k++)
            {
                if (tokens[k].Norm == tokens[first].Norm && tokens[k + count - 1].Norm == tokens[last].Norm)
                    return text[tokens[runFirst].Start..tokens[runLast].End];
            }
        }

        return name;
    }

    /// <summary>Runs of capitalised words within a sentence, without a title before the name
    /// (<c>Russian President Vladimir Putin</c> → <c>Vladimir Putin</c>).</summary>
    private List<(int Start, int First, int Last)> FindRuns()
    {
        var runs = new List<(int, int, int)>();
        foreach (var sentence in sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            var i = sentence.FirstToken;
            while (i < end)
            {
                if (!IsNameWord(i))
                {
                    i++;
                    continue;
                }

                var runFirst = i;
                while (i + 1 < end && IsNameWord(i + 1))
                    i++;
                var runLast = i;
                for (var k = runLast - 1; k >= runFirst; k--)
                {
                    if (isTitle(tokens[k].Norm))
                    {
                        runFirst = k + 1;
                        break;
                    }
                }

                if (runLast - runFirst + 1 > MaxNameTokens)
                    runFirst = runLast - MaxNameTokens + 1;
                if (runLast > runFirst)
                    runs.Add((tokens[runFirst].Start, runFirst, runLast));
                i++;
            }
        }

        return runs;
    }

    private bool IsNameWord(int i) =>
        tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) && tokens[i].Norm is not ("the" or "a" or "an");
}
