using Chronicle.Extraction;
using Chronicle.Ingest;
using Chronicle.Storage;
using static Chronicle.Tests.Storage.StoreFixtures;

namespace Chronicle.Tests.Storage;

public sealed class SqliteStoreTests : TempStore
{
    [Fact]
    public async Task Save_SameDocumentTwice_StoresItOnce()
    {
        var first = await Store.SaveAsync([Article("a"), Article("b")], Token);
        var second = await Store.SaveAsync([Article("b"), Article("a"), Article("c")], Token);

        Assert.Equal(new SaveReport(2, 0), first);
        Assert.Equal(new SaveReport(1, 2), second);
        Assert.Equal(3, (await Store.GetStatsAsync(Token)).Articles);
    }

    [Fact]
    public async Task FindStored_ReturnsOnlyTheHashesAlreadyStored()
    {
        await Store.SaveAsync([Article("a"), Article("b")], Token);

        var known = await Store.FindStoredAsync([Sha256("a"), Sha256("c"), Sha256("b")], Token);

        Assert.Equal(new[] { Sha256("a"), Sha256("b") }.Order(), known.Order());
    }

    [Fact]
    public async Task Save_DuplicateInsideOneBatch_CountsAsSkipped()
    {
        var report = await Store.SaveAsync([Article("a"), Article("a")], Token);

        Assert.Equal(new SaveReport(1, 1), report);
    }

    [Fact]
    public async Task Save_BatchThatFails_RollsBackWholeBatchAndKeepsEarlierOnes()
    {
        await Store.SaveAsync([Article("kept")], Token);
        var broken = Article("broken") with { Provenance = new Provenance("/data/broken", null, null, null, null!) };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SaveAsync([Article("lost"), broken], Token));

        var titles = (await Store.QueryArticlesAsync(new ArticleQuery(), Token)).Select(a => a.Title);
        Assert.Equal(["Story kept"], titles);
    }

    [Fact]
    public async Task GetArticle_ReturnsEveryFieldAsSaved()
    {
        var fetched = new DateTimeOffset(2025, 2, 28, 6, 0, 0, TimeSpan.FromHours(9));
        var article = new Article
        {
            Title = "Putin and Kim sign partnership treaty",
            Published = new PublicationDate(new DateOnly(2024, 6, 19), new TimeOnly(14, 5), TimeSpan.FromHours(9)),
            Outlet = "Korea Herald",
            Agencies = ["Yonhap", "AFP"],
            Byline = "By Jane Doe",
            Section = "North Korea",
            Standfirst = "The pact includes a mutual defence clause.",
            Paragraphs = ["First paragraph.", "Second “quoted” paragraph — with a dash."],
            Language = "en",
            Url = "https://example.org/treaty",
        };
        var item = new IngestedArticle(new Provenance("/in/feed.xml", 42, "https://example.org/treaty", fetched, Sha256("treaty")), "item-7", article);
        await Store.SaveAsync([item], Token);
        var id = (await Store.QueryArticlesAsync(new ArticleQuery(), Token)).Single().Id;

        var stored = await Store.GetArticleAsync(id, Token);

        Assert.NotNull(stored);
        Assert.Equal(article.Title, stored.Article.Title);
        Assert.Equal(article.Published, stored.Article.Published);
        Assert.Equal(article.Agencies, stored.Article.Agencies);
        Assert.Equal(article.Paragraphs, stored.Article.Paragraphs);
        Assert.Equal(article.Body, stored.Article.Body);
        Assert.Equal((article.Byline, article.Section, article.Standfirst, article.Language, article.Url, article.Outlet),
            (stored.Article.Byline, stored.Article.Section, stored.Article.Standfirst, stored.Article.Language, stored.Article.Url, stored.Article.Outlet));
        Assert.Equal(item.Provenance, stored.Provenance);
        Assert.Equal("item-7", stored.DocumentId);
        Assert.Equal(Time.GetUtcNow(), stored.Stored);
    }

    [Fact]
    public async Task GetArticle_UnknownId_ReturnsNull() => Assert.Null(await Store.GetArticleAsync(999, Token));

    [Fact]
    public async Task Query_FiltersByOutletAgencyAndDates_NewestFirst()
    {
        await Store.SaveAsync(
        [
            Article("1", outlet: "Korea Herald", published: Day(2024, 6, 19), agencies: ["Yonhap"]),
            Article("2", outlet: "Korea Herald", published: Day(2024, 11, 4), agencies: ["Reuters", "Yonhap"]),
            Article("3", outlet: "The Hindu", published: Day(2023, 9, 13), agencies: ["Reuters"]),
            Article("4", outlet: "The Hindu"),
        ], Token);

        Assert.Equal(["Story 2", "Story 1"], await Titles(new ArticleQuery(Outlet: "korea herald")));
        Assert.Equal(["Story 2", "Story 3"], await Titles(new ArticleQuery(Agency: "REUTERS")));
        Assert.Equal(["Story 1", "Story 3"], await Titles(new ArticleQuery(From: new DateOnly(2023, 9, 13), To: new DateOnly(2024, 6, 19))));
        Assert.Equal(["Story 2", "Story 1", "Story 3", "Story 4"], await Titles(new ArticleQuery()));
        Assert.Equal(["Story 1", "Story 3"], await Titles(new ArticleQuery(Offset: 1, Limit: 2)));
    }

    [Fact]
    public async Task Search_FindsWordsInTitleAndBody_TitleFirst_WithHighlightedSnippet()
    {
        await Store.SaveAsync(
        [
            Article("body", title: "Leaders meet in Pyongyang", paragraphs: "The two sides discussed the Vostochny cosmodrome visit at length."),
            Article("title", title: "Kim visits Vostochny cosmodrome", paragraphs: "The leader toured the launch site."),
            Article("other", title: "G20 summit opens", paragraphs: "Leaders gathered in New Delhi."),
        ], Token);

        var hits = (await Store.SearchAsync("vostochny", 10, Token)).Value!;

        Assert.Equal(["Kim visits Vostochny cosmodrome", "Leaders meet in Pyongyang"], hits.Select(h => h.Article.Title));
        Assert.Contains("**Vostochny**", hits[1].Snippet, StringComparison.Ordinal);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Theory]
    [InlineData("Choe Son-hui", 1)]
    [InlineData("\"strategic partnership\"", 1)]
    [InlineData("partnership OR cosmodrome", 2)]
    [InlineData("partner*", 1)]
    [InlineData("cafe", 1)]
    [InlineData("treaty summit", 0)]
    public async Task Search_UserSyntax_IsNeverAnSqlError(string query, int expected)
    {
        await Store.SaveAsync(
        [
            Article("a", title: "Choe Son-hui in Moscow", paragraphs: "She praised the comprehensive strategic partnership treaty."),
            Article("b", title: "Cosmodrome tour", paragraphs: "Talks over coffee at a Vostochny café."),
        ], Token);

        var hits = await Store.SearchAsync(query, 10, Token);

        Assert.Equal(expected, hits.Value!.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  - * \" \" ")]
    public async Task Search_WithoutAWord_Fails(string query) => Assert.False((await Store.SearchAsync(query, 10, Token)).IsSuccess);

    [Fact]
    public async Task Stats_CountsOutletsAgenciesAndDateSpan()
    {
        await Store.SaveAsync(
        [
            Article("1", outlet: "Korea Herald", published: Day(2024, 6, 19), agencies: ["Yonhap"]),
            Article("2", outlet: "korea herald", published: Day(2024, 11, 4), agencies: ["Reuters", "Yonhap"]),
            Article("3", outlet: null, published: Day(2023, 9, 13), agencies: ["Reuters"]),
            Article("4", outlet: "The Hindu"),
        ], Token);

        var stats = await Store.GetStatsAsync(Token);

        Assert.Equal(4, stats.Articles);
        Assert.Equal(1, stats.Undated);
        Assert.Equal((new DateOnly(2023, 9, 13), new DateOnly(2024, 11, 4)), (stats.FirstPublished!.Value, stats.LastPublished!.Value));
        Assert.Equal(2, stats.ByOutlet[0].Count);
        Assert.Equal(["", "The Hindu"], stats.ByOutlet.Skip(1).Select(o => o.Name));
        Assert.Equal([new NamedCount("Reuters", 2), new NamedCount("Yonhap", 2)], stats.ByAgency);
    }

    [Fact]
    public async Task Stats_OfEmptyStore_HasNoSpan()
    {
        var stats = await Store.GetStatsAsync(Token);

        Assert.Equal((0, null, null), (stats.Articles, stats.FirstPublished, stats.LastPublished));
        Assert.Empty(stats.ByOutlet);
    }

    private async Task<string?[]> Titles(ArticleQuery query) =>
        (await Store.QueryArticlesAsync(query, Token)).Select(a => a.Title).ToArray();
}
