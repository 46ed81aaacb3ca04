using Chronicle.Merge;

namespace Chronicle.Tests.Merge;

public sealed class StoryClustererTests
{
    private static StoryInput Article(string key, int day, string text, params string[] actors) =>
        new(key, new DateOnly(2024, 6, 1).AddDays(day), text.Split(' ', StringSplitOptions.RemoveEmptyEntries), actors);

    private static readonly StoryInput[] Corpus =
    [
        Article("summit-1", 0, "putin visit pyongyang summit kim treaty partnership preparations", "RUSGOV", "PRKGOV"),
        Article("summit-2", 2, "putin arrive pyongyang kim summit welcome ceremony treaty", "RUSGOV", "PRKGOV"),
        Article("summit-3", 3, "putin kim sign treaty partnership mutual defence pyongyang summit", "RUSGOV", "PRKGOV"),
        Article("summit-4", 9, "treaty putin kim mutual defence reaction seoul summit pyongyang", "RUSGOV", "PRKGOV", "KORGOV"),
        Article("gaza-1", 1, "ceasefire talks gaza hostages doha negotiators hamas proposal", "ISR", "PSE", "QAT"),
        Article("gaza-2", 4, "gaza ceasefire proposal hamas response negotiators doha hostages", "ISR", "PSE", "QAT"),
        Article("late", 60, "putin kim treaty pyongyang summit anniversary", "RUSGOV", "PRKGOV"),
    ];

    [Fact]
    public void Add_SplitsArticlesIntoTheirStories()
    {
        var clusterer = new StoryClusterer();
        foreach (var article in Corpus)
            clusterer.Add(article);
        var stories = clusterer.Stories().Select(s => string.Join(",", s)).ToList();
        Assert.Equal(["summit-1,summit-2,summit-3,summit-4", "gaza-1,gaza-2", "late"], stories);
    }

    [Fact]
    public void Add_AnyOrder_GivesTheSameStories()
    {
        string Snapshot(IEnumerable<StoryInput> order)
        {
            var clusterer = new StoryClusterer();
            foreach (var article in order)
                clusterer.Add(article);
            return string.Join("|", clusterer.Stories().Select(s => string.Join(",", s))) + "#" +
                   string.Join(",", Corpus.Select(a => clusterer.StoryOf(a.Key)));
        }

        var expected = Snapshot(Corpus);
        Assert.Equal(expected, Snapshot(Corpus.Reverse()));
        Assert.Equal(expected, Snapshot(Corpus.OrderBy(a => a.Key.Length).ThenByDescending(a => a.Key, StringComparer.Ordinal)));
    }

    [Fact]
    public void Add_SameActorsButNoSharedKeyTerm_AreSeparateStories()
    {
        string[] actors = ["RUSGOV", "PRKGOV", "KORGOV", "USAGOV", "CHNGOV", "JPNGOV"];
        var clusterer = new StoryClusterer();
        clusterer.Add(Article("drills", 0, "naval drills", actors));
        clusterer.Add(Article("drills-2", 1, "naval drills", actors));
        clusterer.Add(Article("grain", 0, "grain exports", actors));

        // The actors alone make the pairs similar enough; only a shared key term makes them one story.
        Assert.Equal(["drills,drills-2", "grain"], clusterer.Stories().Select(s => string.Join(",", s)));
    }

    [Fact]
    public void StoryOf_IsTheEarliestArticle()
    {
        var clusterer = new StoryClusterer();
        foreach (var article in Corpus.Reverse())
            clusterer.Add(article);
        Assert.Equal("summit-1", clusterer.StoryOf("summit-4"));
    }
}
