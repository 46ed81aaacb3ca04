using Chronicle.Language;

namespace Chronicle.Actors;

/// <summary>Gives claims' sources and quotes' speakers their actor codes: <c>Seoul</c> in "Seoul said" → KORGOV, <c>KCNA</c> → PRKMED,
/// <c>the North Korean leader</c> → the leader's code through the text's own mentions.</summary>
public sealed class SourceCoder(ActorRecognizer recognizer)
{
    /// <summary>The code of a source named on its own: its last coded mention (the head of <c>Russia's Interfax</c>), a capital or seat of
    /// power as its government; null for a source without a known actor (<c>officials</c>).</summary>
    public string? CodeFor(string source, DateOnly? date)
    {
        if (string.IsNullOrWhiteSpace(source))
            return null;
        string? code = null;
        foreach (var mention in recognizer.Recognize(source, date))
        {
            if (mention.Code is not null && CodeSyntax.IsCode(mention.Code))
                code = mention.Code;
        }

        return code;
    }

    /// <summary>Returns the analysis with <see cref="Attribution.SourceCode"/> and <see cref="Quote.SpeakerCode"/> filled: from the text's mention
    /// inside the attribution (or the mention of the speaker nearest before the quote's end), else from the source's name alone.</summary>
    public TextAnalysis Fill(TextAnalysis analysis, IReadOnlyList<ActorMention> mentions, DateOnly? date)
    {
        var attributions = analysis.Attributions.Select(a => a with { SourceCode = a.SourceCode ?? Within(mentions, a.Start, a.End, a.Source) ?? CodeFor(a.Source, date) }).ToList();
        var quotes = analysis.Quotes.Select(q => q.Speaker is null || q.SpeakerCode is not null
            ? q
            : q with { SpeakerCode = Nearest(mentions, q.Speaker, q.End) ?? CodeFor(q.Speaker, date) }).ToList();
        return analysis with { Attributions = attributions, Quotes = quotes };
    }

    private static string? Within(IReadOnlyList<ActorMention> mentions, int start, int end, string source)
    {
        string? named = null;
        string? fallback = null;
        foreach (var mention in mentions)
        {
            if (mention.Start < start || mention.End > end || mention.Code is null)
                continue;
            if (source.Contains(mention.Text, StringComparison.Ordinal))
                named = mention.Code;
            fallback = mention.Code;
        }

        return named ?? fallback;
    }

    private static string? Nearest(IReadOnlyList<ActorMention> mentions, string speaker, int before)
    {
        string? code = null;
        foreach (var mention in mentions)
        {
            if (mention.Start >= before)
                break;
            if (mention.Code is not null && (string.Equals(mention.Text, speaker, StringComparison.OrdinalIgnoreCase) || string.Equals(mention.Actor, speaker, StringComparison.OrdinalIgnoreCase)))
                code = mention.Code;
        }

        return code;
    }
}
