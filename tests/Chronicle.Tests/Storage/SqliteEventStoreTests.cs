using Chronicle.Actors;
using Chronicle.Events;
using Chronicle.Language;
using Chronicle.Storage;
using Chronicle.Storage.Sqlite;
using Chronicle.Tests.Support;
using static Chronicle.Tests.Storage.StoreFixtures;

namespace Chronicle.Tests.Storage;

public sealed class SqliteEventStoreTests : IAsyncLifetime
{
    private const string Body = "Putin met Kim in Pyongyang. North Korea sent troops to Russia, Seoul said.";
    private readonly TempFolder folder = new();
    private SqliteChronicleStore store = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        store = (await SqliteChronicleStore.OpenAsync(folder.File("events.db"), TimeProvider.System, Token)).Value!;

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        folder.Dispose();
    }

    private static CodedEvent Event(string id, string source, string target, string cameo, string root, int quad, double goldstein,
        string plover, string? date, int start, int end, string? reportedBy = null, EventStatus status = EventStatus.Happened) =>
        new(id, "doc", source, null, target, null, new CameoCode(cameo, "name " + cameo, quad, goldstein, plover, null), date,
            "Pyongyang", reportedBy, reportedBy, status,
            new EventEvidence(TextSpan.Of(Body, start, end), null, TextSpan.Of(Body, start + 6, start + 9), null), "rule-" + root, 0.9);

    private static IngestedArticle Analysed(string key, params CodedEvent[] events)
    {
        var article = Article(key, published: Day(2024, 6, 20), paragraphs: Body);
        var mention = new ActorMention(0, 5, "Putin", "Vladimir Putin", "RUSGOV", ActorType.Person, "alias");
        return article with { Analysis = new ArticleAnalysis(new TextAnalysis(Body, [], [], [], [], [], []), [mention], events) };
    }

    [Fact]
    public async Task Save_StoresEventsWithTheirArticle_AndFiltersThem()
    {
        await store.SaveAsync(
        [
            Analysed("a",
                Event("doc#1", "RUSGOV", "PRKGOV", "040", "04", 1, 1, "CONSULT", "2024-06-19", 0, 27),
                Event("doc#2", "PRK", "RUS", "0234", "02", 1, 3.4, "AID", "2024-06", 28, 74, reportedBy: "KORGOV")),
            Analysed("b", Event("doc#1", "USA", "PRK", "112", "11", 3, -2, "ACCUSE", null, 0, 27)),
        ], Token);

        var between = await store.QueryEventsAsync(new EventQuery(Actors: ["RUS", "PRK"], Oldest: true), Token);
        Assert.Equal(["0234", "040"], between.Select(e => e.Cameo.Code).Order());
        var meeting = between.Single(e => e.Cameo.Code == "040");
        Assert.Equal(("RUSGOV", "PRKGOV", "Pyongyang", "happened", "rule-04"), (meeting.Source, meeting.Target, meeting.Location, meeting.Status, meeting.Rule));
        Assert.Equal("Putin met Kim in Pyongyang.", meeting.Sentence);

        Assert.Single(await store.QueryEventsAsync(new EventQuery(Cameo: "11"), Token));
        // A month overlaps any of its days; an undated event falls back on its article's date (2024-06-20).
        var lateJune = await store.QueryEventsAsync(new EventQuery(From: new DateOnly(2024, 6, 21), To: new DateOnly(2024, 6, 30)), Token);
        Assert.Equal("0234", Assert.Single(lateJune).Cameo.Code);
        Assert.Empty(await store.QueryEventsAsync(new EventQuery(Actors: ["CHN"]), Token));
    }

    [Fact]
    public async Task Save_UnreadableEventDate_FallsBackOnTheArticleDate()
    {
        await store.SaveAsync([Analysed("a", Event("doc#1", "RUSGOV", "PRKGOV", "040", "04", 1, 1, "CONSULT", "sometime soon", 0, 27))], Token);
        var onArticleDay = await store.QueryEventsAsync(new EventQuery(From: new DateOnly(2024, 6, 20), To: new DateOnly(2024, 6, 20)), Token);
        Assert.Equal("sometime soon", Assert.Single(onArticleDay).Date);
    }

    [Fact]
    public async Task Query_WildcardsInActorCodes_MatchNothing()
    {
        await store.SaveAsync([Analysed("a", Event("doc#1", "RUSGOV", "PRKGOV", "040", "04", 1, 1, "CONSULT", "2024-06-19", 0, 27))], Token);
        Assert.Empty(await store.QueryEventsAsync(new EventQuery(Actors: ["%"]), Token));
        Assert.Empty(await store.QueryEventsAsync(new EventQuery(Actors: ["R_S"]), Token));
    }

    [Fact]
    public async Task Save_DuplicateArticle_DoesNotDuplicateItsEvents()
    {
        var article = Analysed("a", Event("doc#1", "RUSGOV", "PRKGOV", "040", "04", 1, 1, "CONSULT", "2024-06-19", 0, 27));
        await store.SaveAsync([article], Token);
        await store.SaveAsync([article], Token);
        Assert.Single(await store.QueryEventsAsync(new EventQuery(), Token));
    }
}
