namespace Chronicle.Merge;

/// <summary>What story clustering reads of one article: its date, its content terms (lower-case lemmas of the title
/// and body, stopwords removed) and the codes of the actors it mentions.</summary>
public sealed record StoryInput(string Key, DateOnly Date, IReadOnlyList<string> Terms, IReadOnlyList<string> Actors);
