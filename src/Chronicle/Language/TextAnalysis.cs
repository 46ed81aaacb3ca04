namespace Chronicle.Language;

/// <summary>The language layer's reading of one text: every span is an offset into <see cref="Text"/>.</summary>
public sealed record TextAnalysis(
    string Text,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Attribution> Attributions);
