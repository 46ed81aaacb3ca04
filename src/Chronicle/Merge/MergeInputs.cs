using Chronicle.Extraction;
using Chronicle.Extraction.LanguageDetection;
using Chronicle.Language;

namespace Chronicle.Merge;

/// <summary>What the merge stage reads of one analysed article: its coded events as <see cref="EventReport"/>s and its
/// description for story clustering.</summary>
public static class MergeInputs
{
    private static readonly StopwordProfile? English = LanguageDetector.ProfileFor("en");

    /// <summary>The instant an article appeared: its publication date and time (midnight UTC where either is unknown).</summary>
    public static DateTimeOffset Moment(PublicationDate date) =>
        new(date.Date.ToDateTime(date.Time ?? TimeOnly.MinValue), date.Time is null ? TimeSpan.Zero : date.Offset ?? TimeSpan.Zero);

    /// <summary>Each coded event of <paramref name="analysis"/> as a report by <paramref name="article"/>, which belongs to
    /// the origin group <paramref name="origin"/>.</summary>
    public static IReadOnlyList<EventReport> Reports(ArticleAnalysis analysis, string article, string origin, DateTimeOffset published) =>
        analysis.Events
            .Select(e => new EventReport(e.Id, article, origin, published, e.Source, e.Target, e.Cameo.Code, e.Date, e.Location,
                e.ReportedBy, Events.StatusNames.Name(e.Status)))
            .ToList();

    /// <summary>The article's description for <see cref="StoryClusterer"/>: the lemmas of its title and body without
    /// stopwords, numbers or punctuation, and the codes of the actors it mentions.</summary>
    public static StoryInput Story(string key, DateOnly date, Article article, ArticleAnalysis analysis)
    {
        var tokens = article.Title is { } title ? Tokenizer.Tokenize(title).Concat(analysis.Text.Tokens) : analysis.Text.Tokens;
        var terms = tokens
            .Where(t => t.Kind == TokenKind.Word && t.Lemma.Length > 1 && English?.Contains(t.Norm) != true)
            .Select(t => t.Lemma)
            .ToList();
        var actors = analysis.Mentions.Where(m => m.Code is not null).Select(m => m.Code!).ToList();
        return new StoryInput(key, date, terms, actors);
    }
}
