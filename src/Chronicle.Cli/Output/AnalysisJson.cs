using System.Text.Json;
using Chronicle.Actors;
using Chronicle.Extraction;
using Chronicle.Language;

namespace Chronicle.Cli.Output;

/// <summary>The JSON shape of <c>chronicle analyse</c> (PRODUCT.md, "Contracts"): the article as <c>extract</c> writes it and
/// its analysis, every span an offset into the body. The one place this shape lives: the actor and event stages fill
/// <see cref="Mentions"/> and <see cref="Events"/> through <see cref="From"/>'s optional arguments.</summary>
internal sealed record AnalysisJson(
    ArticleJson Article,
    IReadOnlyList<AnalysisJson.SentenceJson> Sentences,
    IReadOnlyList<AnalysisJson.TimeJson> Times,
    IReadOnlyList<AnalysisJson.QuantityJson> Quantities,
    IReadOnlyList<AnalysisJson.QuoteJson> Quotes,
    IReadOnlyList<AnalysisJson.AttributionJson> Attributions,
    IReadOnlyList<AnalysisJson.MentionJson> Mentions,
    IReadOnlyList<JsonElement> Events)
{
    public static AnalysisJson From(Article article, TextAnalysis analysis, IReadOnlyList<ActorMention>? mentions = null, IReadOnlyList<JsonElement>? events = null) => new(
        ArticleJson.From(article),
        analysis.Sentences.Select(s => new SentenceJson(s.TextIn(analysis.Text), s.Start, s.End)).ToList(),
        analysis.Times.Select(t => new TimeJson(t.Text, t.Start, t.End, t.Value, t.Grain.ToString().ToLowerInvariant())).ToList(),
        analysis.Quantities.Select(q => new QuantityJson(q.Text, q.Start, q.End, q.Value, q.Unit, q.Approximate, q.Max)).ToList(),
        analysis.Quotes.Select(q => new QuoteJson(q.Text, q.Start, q.End, q.Speaker, q.Via)).ToList(),
        analysis.Attributions.Select(a => new AttributionJson(a.Text, a.Start, a.End, a.Source, a.SourceCode)).ToList(),
        (mentions ?? []).Select(m => new MentionJson(m.Text, m.Start, m.End, m.Actor, m.Code, m.Type.ToString().ToLowerInvariant())).ToList(),
        events ?? []);

    internal sealed record SentenceJson(string Text, int Start, int End);

    internal sealed record TimeJson(string Text, int Start, int End, string Value, string Grain);

    /// <summary><c>max</c> is the upper bound of a range (<c>10,000 to 12,000</c>), written only for ranges.</summary>
    internal sealed record QuantityJson(string Text, int Start, int End, double Value, string? Unit, bool Approximate,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] double? Max);

    internal sealed record QuoteJson(string Text, int Start, int End, string? Speaker, string? Via);

    internal sealed record AttributionJson(string Text, int Start, int End, string Source, string? SourceCode);

    internal sealed record MentionJson(string Text, int Start, int End, string Actor, string? Code, string Type);
}
