using Chronicle.Actors;
using Chronicle.Language;

namespace Chronicle.Storage;

/// <summary>What the pipeline found in one stored article's body, each with its offsets into the body, in text order.
/// Its events are read with <see cref="IChronicleStore.QueryEventsAsync"/> and <see cref="EventQuery.ArticleId"/>.</summary>
public sealed record ArticleSpans(
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Attribution> Attributions,
    IReadOnlyList<ActorMention> Mentions);
