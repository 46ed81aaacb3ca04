using System.Net;
using System.Text.Json;
using Chronicle.Merge;

namespace Chronicle.Tests.Web;

/// <summary>Events, counts, exports, the timeline and actors over samples/: every filter is checked against what it returns.</summary>
public sealed class EventApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    /// <summary>The days an event covers: its own time's window, else its article's date, as the store filters and sorts by.</summary>
    private static TimeWindow Window(JsonElement e) =>
        TimeWindow.TryParse(e.Text("date"), out var own) ? own : TimeWindow.TryParse(e.Text("published")?[..10], out var published) ? published : default;

    private static string Day(JsonElement e) => Window(e).First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static bool Involves(JsonElement e, string code) =>
        (e.Text("source")?.StartsWith(code, StringComparison.Ordinal) ?? false) || (e.Text("target")?.StartsWith(code, StringComparison.Ordinal) ?? false);

    [Fact]
    public async Task Events_BetweenTwoActorsInvolveBoth()
    {
        var events = await server.WalkAsync("/api/events?actor=rus&actor=PRK&limit=20");
        Assert.True(events.Count >= 10, $"{events.Count} RUS-PRK events in samples/");
        Assert.All(events, e => Assert.True(Involves(e, "RUS") && Involves(e, "PRK"), e.Text("key")));
    }

    [Theory]
    [InlineData("cameo=04")]
    [InlineData("plover=consult")]
    [InlineData("quad_class=2")]
    [InlineData("status=planned")]
    public async Task Events_FiltersHoldForEveryItem(string filter)
    {
        var all = await server.WalkAsync("/api/events?limit=500");
        var filtered = await server.WalkAsync($"/api/events?{filter}&limit=500");
        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all.Count, filter);
        var value = filter.Split('=')[1];
        Func<JsonElement, bool> holds = filter.Split('=')[0] switch
        {
            "cameo" => e => e.GetProperty("cameo").Text("code")!.StartsWith(value, StringComparison.Ordinal),
            "plover" => e => e.GetProperty("cameo").Text("plover") == value.ToUpperInvariant(),
            "quad_class" => e => e.GetProperty("cameo").GetProperty("quad_class").GetInt32() == int.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => e => e.Text("status") == value,
        };
        Assert.All(filtered, e => Assert.True(holds(e), e.Text("key")));
        Assert.Equal(all.Count(holds), filtered.Count);
    }

    [Fact]
    public async Task Events_DateRangeAndSortingHold()
    {
        var newest = await server.WalkAsync("/api/events?from=2024-01-01&to=2024-12-31&limit=9");
        Assert.NotEmpty(newest);
        Assert.All(newest, e => Assert.True(Window(e).First <= new DateOnly(2024, 12, 31) && Window(e).Last >= new DateOnly(2024, 1, 1), e.Text("date")));
        Assert.Equal(newest.Select(Day).OrderDescending(StringComparer.Ordinal), newest.Select(Day));
        var oldest = await server.WalkAsync("/api/events?from=2024-01-01&to=2024-12-31&sort=date_asc&limit=9");
        Assert.Equal(oldest.Select(Day).Order(StringComparer.Ordinal), oldest.Select(Day));
        Assert.Equal(newest.Select(e => e.GetProperty("id").GetInt64()).Order(), oldest.Select(e => e.GetProperty("id").GetInt64()).Order());
    }

    [Fact]
    public async Task Events_UnknownActorIsAnEmptyPage()
    {
        var answer = await server.GetAsync("/api/events?actor=ZZZ");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(ApiTests.Items(answer));
        Assert.Equal("", answer.Body.Text("next_cursor"));
    }

    [Fact]
    public async Task Event_CarriesEvidenceSpansAndRule()
    {
        var first = ApiTests.Items(await server.GetAsync("/api/events?actor=RUS&limit=1"))[0];
        var one = await server.GetAsync($"/api/events/{first.GetProperty("id").GetInt64()}");
        Assert.Equal(HttpStatusCode.OK, one.Status);
        var evidence = one.Body.GetProperty("evidence");
        var spans = evidence.GetProperty("spans");
        Assert.InRange(spans.GetProperty("verb_start").GetInt32(), spans.GetProperty("sentence_start").GetInt32(), spans.GetProperty("sentence_end").GetInt32());
        Assert.False(string.IsNullOrEmpty(evidence.Text("rule")));
        Assert.Equal(first.Text("key"), one.Body.Text("key"));
    }

    [Fact]
    public async Task Counts_AddUpToTheFilteredEvents()
    {
        var counts = await server.GetAsync("/api/events/counts?actor=RUS&actor=PRK");
        var events = await server.WalkAsync("/api/events?actor=RUS&actor=PRK&limit=500");
        Assert.Equal(events.Count, counts.Body.EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        Assert.All(counts.Body.EnumerateArray(), c => Assert.InRange(c.GetProperty("quad_class").GetInt32(), 1, 4));
    }

    [Fact]
    public async Task Timeline_NamesTheActorsAndRunsOldestFirst()
    {
        var timeline = await server.GetAsync("/api/timeline?a=RUS&b=PRK&limit=500");
        Assert.Equal(HttpStatusCode.OK, timeline.Status);
        Assert.Equal("Russia", timeline.Body.GetProperty("a").Text("name"));
        Assert.Equal("North Korea", timeline.Body.GetProperty("b").Text("name"));
        var events = timeline.Body.GetProperty("events").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal((await server.WalkAsync("/api/events?actor=RUS&actor=PRK&limit=500")).Count, events.Count);
        Assert.Equal(events.Select(Day).Order(StringComparer.Ordinal), events.Select(Day));
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("tsv")]
    public async Task Export_WritesOneLinePerEvent(string format)
    {
        var events = await server.WalkAsync("/api/events?actor=RUS&actor=PRK&limit=500");
        using var response = await server.Client.GetAsync($"/api/events/export?format={format}&actor=RUS&actor=PRK", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        switch (format)
        {
            case "jsonl":
                Assert.Equal(events.Count, lines.Length);
                Assert.Equal(events.Select(e => e.GetProperty("id").GetInt64()), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt64()));
                break;
            case "csv":
                Assert.StartsWith("id,date,source,cameo", lines[0]);
                Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
                break;
            default:
                Assert.Equal(events.Count, lines.Length);
                Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
                break;
        }
    }

    [Fact]
    public async Task Actors_ListTheMostMentioned()
    {
        var actors = await server.GetAsync("/api/actors?limit=5");
        var rows = actors.Body.EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(rows.Select(r => r.GetProperty("mentions").GetInt32()).OrderDescending(), rows.Select(r => r.GetProperty("mentions").GetInt32()));
    }

    [Fact]
    public async Task Actor_HasRolesAliasesAndRelations()
    {
        var actor = await server.GetAsync("/api/actors/RUSGOV");
        Assert.Equal(HttpStatusCode.OK, actor.Status);
        Assert.Contains(actor.Body.GetProperty("roles").EnumerateArray(), r => r.Text("actor") == "Vladimir Putin" && r.Text("from") == "1999-08-09");
        Assert.Contains(actor.Body.GetProperty("aliases").EnumerateArray(), a => a.Text("text") == "Putin");
        var relations = actor.Body.GetProperty("relations").EnumerateArray().ToList();
        Assert.Contains(relations, r => r.Text("code")!.StartsWith("PRK", StringComparison.Ordinal));
        Assert.All(relations, r => Assert.Equal(r.GetProperty("events").GetInt32(), r.GetProperty("by_quad_class").EnumerateArray().Sum(n => n.GetInt32())));
        Assert.DoesNotContain(relations, r => r.Text("code")!.StartsWith("RUSGOV", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Actor_ByNameFindsTheDictionaryEntry()
    {
        var actor = await server.GetAsync("/api/actors/Kim%20Jong%20Un");
        Assert.Equal(HttpStatusCode.OK, actor.Status);
        Assert.Contains(actor.Body.GetProperty("roles").EnumerateArray(), r => r.Text("code") == "PRKGOV" && r.Text("from") == "2011-12-17");
        Assert.NotEmpty(actor.Body.GetProperty("relations").EnumerateArray());
    }
}
