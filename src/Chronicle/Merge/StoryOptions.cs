namespace Chronicle.Merge;

/// <summary>Tuning of story clustering.</summary>
/// <param name="Threshold">Decayed similarity two articles need to be linked into one story.</param>
/// <param name="HalfLifeDays">Days over which a link's similarity halves: a story develops, but a month-old article
/// needs a much closer match to continue it.</param>
/// <param name="WindowDays">Articles further apart are never linked directly (they can still be linked through others).</param>
/// <param name="TopTerms">How many of an article's most frequent terms describe it.</param>
/// <param name="ActorWeight">Weight of a shared actor code relative to a shared term.</param>
/// <param name="KeyTerms">How many of its heaviest terms are an article's keys: two articles continue one story only if
/// they share a key, so a new article looks up only the articles indexed under its keys, never everyone who mentions
/// the same country.</param>
public sealed record StoryOptions(double Threshold = 0.3, double HalfLifeDays = 7, int WindowDays = 21, int TopTerms = 25, double ActorWeight = 2, int KeyTerms = 10)
{
    public static StoryOptions Default { get; } = new();
}
