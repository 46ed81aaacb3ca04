using Microsoft.Playwright;

namespace Chronicle.Tests.Web;

/// <summary>The web page in a real headless Chromium (Debian's, installed by .ci/run) against a live server over samples/.
/// Waits are locator assertions: the page's CSP forbids the eval that WaitForFunction string predicates need.</summary>
public sealed class BrowserTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    /// <summary>Where screenshots go, for people to look at.</summary>
    public static string Shots { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "chronicle-shots")).FullName;

    private async Task Run(Func<IPage, Task> test, int width = 1280)
    {
        Assert.SkipUnless(File.Exists(WebServerFixture.Chromium), $"{WebServerFixture.Chromium} is not installed (apt-get install chromium); .ci/run installs it.");
        var browser = await server.BrowserAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        try
        {
            var page = await context.NewPageAsync();
            var errors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                    errors.Add(message.Text);
            };
            page.PageError += (_, error) => errors.Add(error);
            page.Dialog += (_, dialog) => errors.Add("dialog opened: " + dialog.Message);
            await test(page);
            Assert.Empty(errors);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });

    private async Task OpenReaderOfARussiaNorthKoreaEvent(IPage page)
    {
        var first = ApiTests.Items(await server.GetAsync("/api/events?actor=RUS&actor=PRK&limit=1"))[0];
        await page.GotoAsync(server.BaseAddress + $"/#/article/{first.GetProperty("article_id").GetInt64()}");
        await Assertions.Expect(page.Locator("article.reader h1")).ToBeVisibleAsync();
    }

    [Fact]
    public Task Dashboard_ShowsCountsAndTheChart() => Run(async page =>
    {
        var stats = await server.GetAsync("/api/stats");
        await page.GotoAsync(server.BaseAddress + "/");
        await Assertions.Expect(page.GetByTestId("article-count")).ToHaveTextAsync(stats.Body.GetProperty("articles").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await page.Locator("svg.chart rect").CountAsync() > 3);
        Assert.NotEqual("0", await page.GetByTestId("event-count").TextContentAsync());
        await Shot(page, "dashboard");
    });

    [Fact]
    public Task EventFilters_ChangeTheTable() => Run(async page =>
    {
        await page.GotoAsync(server.BaseAddress + "/#/events?limit=500");
        var rows = page.Locator("#event-table tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var all = await rows.CountAsync();
        await page.GetByLabel("Actor", new() { Exact = true }).FillAsync("RUS");
        await page.GetByLabel("With actor").FillAsync("PRK");
        await page.GetByLabel("Quad class").SelectOptionAsync("2");
        await page.GetByLabel("With actor").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("quad_class=2"));
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var filtered = await rows.CountAsync();
        Assert.InRange(filtered, 1, all - 1);
        foreach (var text in await page.Locator("#event-table tbody tr .quad").AllTextContentsAsync())
            Assert.Equal("Material cooperation", text);
        var csv = await page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).GetAttributeAsync("href");
        Assert.Contains("actor=RUS&actor=PRK&quad_class=2", csv);
        await Shot(page, "events-filtered");
    });

    [Fact]
    public Task MinSourcesFilter_ChangesTheTableAndSingleSourcesAreMarked() => Run(async page =>
    {
        var confirmed = ApiTests.Items(await server.GetAsync("/api/events?min_sources=2"));
        await page.GotoAsync(server.BaseAddress + "/#/events");
        var rows = page.Locator("#event-table tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var all = await rows.CountAsync();
        Assert.InRange(await page.Locator("#event-table tbody .sources.single").CountAsync(), 1, all - 1);
        await page.GetByLabel("Min sources").FillAsync("2");
        await page.GetByLabel("Min sources").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("min_sources=2"));
        await Assertions.Expect(page.Locator("#event-table tbody .sources.single")).ToHaveCountAsync(0);
        await Assertions.Expect(rows).ToHaveCountAsync(confirmed.Length);
        await Assertions.Expect(rows.First.Locator("a").Nth(1)).ToHaveAttributeAsync("href", $"#/event/{confirmed[0].GetProperty("id").GetInt64()}");
        await Shot(page, "events-min-sources");
    });

    [Fact]
    public Task EventPage_ListsEveryReport() => Run(async page =>
    {
        var confirmed = ApiTests.Items(await server.GetAsync("/api/events?min_sources=2&limit=1"))[0];
        await page.GotoAsync(server.BaseAddress + $"/#/event/{confirmed.GetProperty("id").GetInt64()}");
        await Assertions.Expect(page.Locator(".report-list > li")).ToHaveCountAsync(confirmed.GetProperty("mentions").GetInt32());
        await Assertions.Expect(page.Locator(".report-list blockquote.evidence").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".reports .sources").First).ToContainTextAsync($"{confirmed.GetProperty("sources").GetInt32()} sources");
        await Shot(page, "event-reports");
    });

    [Fact]
    public Task Stories_ListTheSamplesStoriesAndOpenOne() => Run(async page =>
    {
        var stories = await server.WalkAsync("/api/stories?limit=500");
        await page.GotoAsync(server.BaseAddress + "/#/stories?limit=500");
        await Assertions.Expect(page.Locator("#story-table tbody tr")).ToHaveCountAsync(Math.Min(stories.Count, 50));
        var biggest = stories.Take(50).MaxBy(s => s.GetProperty("events").GetInt32());
        var link = page.GetByRole(AriaRole.Link, new() { Name = biggest.Text("title"), Exact = true }).First;
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#story-title")).ToHaveTextAsync(biggest.Text("title")!);
        await Assertions.Expect(page.Locator("#story-articles > li")).ToHaveCountAsync(biggest.GetProperty("articles").GetInt32());
        await Assertions.Expect(page.Locator("#story-timeline > li")).ToHaveCountAsync(biggest.GetProperty("events").GetInt32());
        await Assertions.Expect(page.Locator("#story-timeline .sources").First).ToBeVisibleAsync();
        await Shot(page, "story");
        await page.Locator("#story-articles a").First.ClickAsync();
        await Assertions.Expect(page.Locator("article.reader h1")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Timeline_NamesThePair() => Run(async page =>
    {
        await page.GotoAsync(server.BaseAddress + "/#/timeline?a=RUS&b=PRK");
        await Assertions.Expect(page.Locator("#timeline-title")).ToHaveTextAsync("Russia ↔ North Korea");
        Assert.True(await page.Locator("#timeline-events > li").CountAsync() > 3);
        await Shot(page, "timeline");
    });

    [Fact]
    public Task Reader_HighlightsSpansAndShowsEvidenceOnFocus() => Run(async page =>
    {
        await OpenReaderOfARussiaNorthKoreaEvent(page);
        Assert.True(await page.Locator("article.reader .body mark.hl-mention").CountAsync() > 0);
        Assert.True(await page.Locator("article.reader .body mark.hl-time").CountAsync() > 0);
        var verb = page.Locator("article.reader .body mark.hl-event").First;
        await verb.FocusAsync();
        await Assertions.Expect(page.Locator("#event-detail blockquote.evidence")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#event-detail code")).Not.ToBeEmptyAsync();
        await Assertions.Expect(verb).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));
        await Shot(page, "reader");
    });

    [Fact]
    public Task Reader_EventsAreReachableWithTheKeyboard() => Run(async page =>
    {
        await OpenReaderOfARussiaNorthKoreaEvent(page);
        for (var i = 0; i < 60 && !await page.Locator("mark.hl-event:focus").IsVisibleAsync(); i++)
            await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("mark.hl-event:focus")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#event-detail blockquote.evidence")).ToBeVisibleAsync();
        var outline = await page.Locator("mark.hl-event:focus").EvaluateAsync<string>("node => getComputedStyle(node).outlineStyle");
        Assert.NotEqual("none", outline);
    });

    [Fact]
    public Task HostileArticle_RendersAsInertText() => Run(async page =>
    {
        await page.GotoAsync(server.BaseAddress + "/#/articles?outlet=Evil%20Outlet");
        await page.ClickAsync("#article-table tbody a");
        await Assertions.Expect(page.Locator("article.reader h1")).ToHaveTextAsync("<script>alert(1)</script> Hostile title");
        Assert.Equal(0, await page.Locator("article.reader script, article.reader img, article.reader b, main img").CountAsync());
        await Assertions.Expect(page.Locator("article.reader")).ToContainTextAsync("<img src=x onerror=alert(2)>");
        await Assertions.Expect(page.Locator("article.reader")).ToContainTextAsync("<b onmouseover=alert(3)>");
        await Shot(page, "hostile-narrow");
    }, width: 375);

    [Fact]
    public Task NarrowScreen_HasNoSidewaysScroll() => Run(async page =>
    {
        var story = ApiTests.Items(await server.GetAsync("/api/stories?min_articles=2&limit=1"))[0].GetProperty("id").GetInt64();
        var eventId = ApiTests.Items(await server.GetAsync("/api/events?min_sources=2&limit=1"))[0].GetProperty("id").GetInt64();
        foreach (var route in new[] { "/", "/#/events", "/#/timeline?a=RUS&b=PRK", "/#/actor/RUSGOV", "/#/stories", $"/#/story/{story}", $"/#/event/{eventId}" })
        {
            await page.GotoAsync(server.BaseAddress + route);
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{route} scrolls sideways by {overflow} px at 375 px");
            await Shot(page, "narrow" + route.Split('?')[0].Replace("/#/", "-", StringComparison.Ordinal).Replace('/', '-'));
        }
    }, width: 375);

    [Fact]
    public Task ActorPage_ShowsRolesAliasesAndRelations() => Run(async page =>
    {
        await page.GotoAsync(server.BaseAddress + "/#/actor/RUSGOV");
        await Assertions.Expect(page.Locator("#role-table")).ToContainTextAsync("Vladimir Putin");
        await Assertions.Expect(page.Locator("#alias-list")).ToContainTextAsync("Putin");
        Assert.True(await page.Locator("#relation-table tbody tr").CountAsync() > 0);
        await Shot(page, "actor");
    });

    [Fact]
    public Task Search_WorksFromTheKeyboard() => Run(async page =>
    {
        await page.GotoAsync(server.BaseAddress + "/");
        await page.FocusAsync("#quick-q");
        await page.Keyboard.TypeAsync("cosmodrome");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-results mark").First).ToHaveTextAsync("cosmodrome", new() { IgnoreCase = true });
    });
}
