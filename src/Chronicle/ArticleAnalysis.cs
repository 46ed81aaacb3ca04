using Chronicle.Actors;
using Chronicle.Events;
using Chronicle.Language;

namespace Chronicle;

/// <summary>What the pipeline reads in an article's body: the language layer's analysis, the actor mentions and the coded events. Every span points into the article's <c>Body</c>.</summary>
public sealed record ArticleAnalysis(TextAnalysis Text, IReadOnlyList<ActorMention> Mentions, IReadOnlyList<CodedEvent> Events);
