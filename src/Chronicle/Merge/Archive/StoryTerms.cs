using Chronicle.Extraction;
using Chronicle.Extraction.LanguageDetection;
using Chronicle.Language;

namespace Chronicle.Merge.Archive;

/// <summary>The content terms and actor codes stories compare: lower-case lemmas of the title and body words, without
/// the stopwords of the article's language (English when unknown), and the codes of the actors mentioned.</summary>
public static class StoryTerms
{
    private const int MinLength = 3;

    public static StoryInput Input(string key, DateOnly date, Article article, ArticleAnalysis? analysis)
    {
        var profiles = LanguageDetector.Profiles;
        var stopwords = article.Language is { } language && profiles.TryGetValue(language, out var own) ? own : profiles["en"];
        var terms = new List<string>();
        void AddWords(IEnumerable<Token> tokens)
        {
            foreach (var token in tokens)
            {
                if (token.Kind == TokenKind.Word && token.Lemma.Length >= MinLength && !stopwords.Contains(token.Norm))
                    terms.Add(token.Lemma);
            }
        }

        if (article.Title is { } title)
            AddWords(Tokenizer.Tokenize(title));
        AddWords(analysis?.Text.Tokens ?? Tokenizer.Tokenize(article.Body));
        var actors = analysis?.Mentions.Select(m => m.Code).OfType<string>().ToList() ?? [];
        return new StoryInput(key, date, terms, actors);
    }
}
