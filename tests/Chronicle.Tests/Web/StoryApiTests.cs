using System.Net;
using System.Text.Json;

namespace Chronicle.Tests.Web;

/// <summary>What merging adds to the API over samples/: source counts on events and their filters, merged events with
/// all their reports, and stories with their articles and timelines.</summary>
public sealed class StoryApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private static int Sources(JsonElement e) => e.GetProperty("sources").GetInt32();

    private static long Id(JsonElement e) => e.GetProperty("id").GetInt64();

    [Fact]
    public async Task Events_SourceFiltersSplitTheEvents()
    {
        var all = await server.WalkAsync("/api/events?limit=500");
        var confirmed = await server.WalkAsync("/api/events?min_sources=2&limit=500");
        var single = await server.WalkAsync("/api/events?single_source=true&limit=500");
        Assert.All(all, e => Assert.True(e.GetProperty("mentions").GetInt32() >= 1 && e.GetProperty("merged_event").GetInt64() > 0, e.Text("key")));
        Assert.NotEmpty(confirmed);
        Assert.NotEmpty(single);
        Assert.All(confirmed, e => Assert.True(Sources(e) >= 2, e.Text("key")));
        Assert.All(single, e => Assert.Equal(1, Sources(e)));
        Assert.Equal(all.Count(e => Sources(e) >= 2), confirmed.Count);
        Assert.Equal(all.Count, confirmed.Count + single.Count);
        Assert.Equal(all.Count, (await server.WalkAsync("/api/events?single_source=false&limit=500")).Count);
    }

    [Theory]
    [InlineData("/api/events?min_sources=0", "min_sources")]
    [InlineData("/api/events?min_sources=two", "min_sources")]
    [InlineData("/api/events?min_sources=10001", "min_sources")]
    [InlineData("/api/events?min_sources=1&min_sources=2", "min_sources")]
    [InlineData("/api/events?single_source=yes", "single_source")]
    [InlineData("/api/events/counts?single_source=1", "single_source")]
    [InlineData("/api/stories?min_articles=0", "min_articles")]
    [InlineData("/api/stories?min_articles=x", "min_articles")]
    [InlineData("/api/stories?from=2025-01-01&to=2024-01-01", "from")]
    [InlineData("/api/stories?to=2024-02-30", "to")]
    [InlineData("/api/stories?limit=501", "limit")]
    [InlineData("/api/stories?cursor=abc", "cursor")]
    [InlineData("/api/stories/abc", "id")]
    [InlineData("/api/events/-1/merged", "id")]
    public async Task BadParameter_IsAProblemNamingIt(string path, string parameter)
    {
        var answer = await server.GetAsync(path);
        answer.AssertProblem(HttpStatusCode.BadRequest);
        Assert.Equal(parameter, answer.Body.Text("parameter"));
    }

    [Theory]
    [InlineData("/api/stories/999999999")]
    [InlineData("/api/events/999999999/merged")]
    public async Task UnknownId_IsANotFoundProblem(string path) =>
        (await server.GetAsync(path)).AssertProblem(HttpStatusCode.NotFound);

    [Fact]
    public async Task MergedEvent_ListsEveryReportWithItsEvidence()
    {
        var events = await server.WalkAsync("/api/events?min_sources=2&limit=500");
        var most = events.MaxBy(e => e.GetProperty("mentions").GetInt32());
        var later = events.Where(e => e.GetProperty("merged_event").GetInt64() == most.GetProperty("merged_event").GetInt64()).Max(Id);
        var answer = await server.GetAsync($"/api/events/{later}/merged");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var merged = answer.Body;
        var mentions = merged.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(most.GetProperty("mentions").GetInt32(), mentions.Count);
        Assert.True(mentions.Count >= 2);
        Assert.Equal(most.GetProperty("merged_event").GetInt64(), merged.GetProperty("id").GetInt64());
        Assert.Equal(merged.GetProperty("id").GetInt64(), Id(merged.GetProperty("first_report")));
        Assert.Equal(Id(mentions[0]), Id(merged.GetProperty("first_report")));
        Assert.Contains(mentions, m => Id(m) == later);
        Assert.All(mentions, m =>
        {
            Assert.Equal(merged.GetProperty("id").GetInt64(), m.GetProperty("merged_event").GetInt64());
            Assert.False(string.IsNullOrEmpty(m.GetProperty("evidence").Text("rule")));
            Assert.False(string.IsNullOrEmpty(m.GetProperty("evidence").Text("sentence")));
            Assert.True(m.GetProperty("article_id").GetInt64() > 0);
        });
        Assert.Equal(Sources(most), merged.GetProperty("sources").GetArrayLength());
        Assert.False(merged.GetProperty("single_source").GetBoolean());
        var originArticles = merged.GetProperty("origins").EnumerateArray().SelectMany(o => o.GetProperty("articles").EnumerateArray().Select(a => a.GetInt64())).ToHashSet();
        Assert.True(mentions.Select(m => m.GetProperty("article_id").GetInt64()).ToHashSet().SetEquals(originArticles));
    }

    [Fact]
    public async Task MergedEvent_OfASingleSourceClaimSaysSo()
    {
        var single = ApiTests.Items(await server.GetAsync("/api/events?single_source=true&limit=1"))[0];
        var merged = (await server.GetAsync($"/api/events/{Id(single)}/merged")).Body;
        Assert.True(merged.GetProperty("single_source").GetBoolean());
        Assert.Equal(1, merged.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Stories_PageAndFilter()
    {
        var all = await server.WalkAsync("/api/stories?limit=500");
        Assert.True(all.Count >= 3, $"{all.Count} stories in samples/");
        Assert.Equal(all.Select(Id), (await server.WalkAsync("/api/stories?limit=2")).Select(Id));
        var lasts = all.Select(s => s.Text("last") ?? "").ToList();
        Assert.Equal(lasts.OrderDescending(StringComparer.Ordinal), lasts);
        var several = await server.WalkAsync("/api/stories?min_articles=2&limit=500");
        Assert.NotEmpty(several);
        Assert.Equal(all.Count(s => s.GetProperty("articles").GetInt32() >= 2), several.Count);
        var in2024 = await server.WalkAsync("/api/stories?from=2024-01-01&to=2024-12-31&limit=500");
        Assert.InRange(in2024.Count, 1, all.Count - 1);
        Assert.All(in2024, s => Assert.True(string.CompareOrdinal(s.Text("first"), "2024-12-31") <= 0 && string.CompareOrdinal(s.Text("last"), "2024-01-01") >= 0, s.Text("title")));
    }

    [Fact]
    public async Task Story_HoldsItsArticlesAndTimeline()
    {
        var biggest = (await server.WalkAsync("/api/stories?limit=500")).MaxBy(s => s.GetProperty("events").GetInt32());
        var answer = await server.GetAsync($"/api/stories/{Id(biggest)}");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var story = answer.Body.GetProperty("story");
        Assert.Equal(biggest.Text("title"), story.Text("title"));
        Assert.False(string.IsNullOrWhiteSpace(story.Text("title")));
        var articles = answer.Body.GetProperty("articles").EnumerateArray().ToList();
        var timeline = answer.Body.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(biggest.GetProperty("articles").GetInt32(), articles.Count);
        Assert.Equal(biggest.GetProperty("events").GetInt32(), timeline.Count);
        Assert.NotEmpty(timeline);
        Assert.All(timeline, e => Assert.Equal(Id(e), e.GetProperty("merged_event").GetInt64()));
        var published = articles.Select(a => a.Text("published")?[..10]).OfType<string>().ToList();
        Assert.Equal(story.Text("first"), published.Min(StringComparer.Ordinal));
        Assert.Equal(story.Text("last"), published.Max(StringComparer.Ordinal));
    }
}
