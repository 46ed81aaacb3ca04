using Microsoft.Playwright;

namespace Chronicle.Tests.Web;

/// <summary>The web page in a real headless Chromium (Debian's, installed by .ci/run) against a live server.</summary>
public sealed class BrowserTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> Open(int width = 1280)
    {
        Assert.SkipUnless(File.Exists(WebServerFixture.Chromium), $"{WebServerFixture.Chromium} is not installed (apt-get install chromium); .ci/run installs it.");
        var browser = await server.BrowserAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Dialog += (_, dialog) => errors.Add("dialog opened: " + dialog.Message);
        return (context, page, errors);
    }

    private static Task Close((IBrowserContext Context, IPage Page, List<string> Errors) session) => session.Context.CloseAsync();

    [Fact]
    public async Task Dashboard_LoadsWithoutConsoleErrors()
    {
        var session = await Open();
        try
        {
            await session.Page.GotoAsync(server.BaseAddress + "/");
            await session.Page.WaitForSelectorAsync("[data-testid=article-count]");
            Assert.Equal("3", await session.Page.TextContentAsync("[data-testid=article-count]"));
            Assert.Empty(session.Errors);
        }
        finally
        {
            await Close(session);
        }
    }

    [Fact]
    public async Task ArticleFilters_ChangeTheTable()
    {
        var session = await Open();
        try
        {
            var page = session.Page;
            await page.GotoAsync(server.BaseAddress + "/#/articles");
            await page.WaitForSelectorAsync("#article-table tbody tr");
            Assert.Equal(3, await page.Locator("#article-table tbody tr").CountAsync());
            await page.FillAsync("input[name=outlet]", "Daily Planet");
            await page.PressAsync("input[name=outlet]", "Enter");
            // A locator assertion, not WaitForFunction: the page's CSP forbids the eval that string predicates need.
            await Assertions.Expect(page.Locator("#article-table tbody tr")).ToHaveCountAsync(1);
            Assert.Contains("partnership treaty", await page.TextContentAsync("#article-table tbody"));
            Assert.Empty(session.Errors);
        }
        finally
        {
            await Close(session);
        }
    }

    [Fact]
    public async Task HostileArticle_RendersAsInertText()
    {
        var session = await Open(width: 380);
        try
        {
            var page = session.Page;
            await page.GotoAsync(server.BaseAddress + "/#/articles?outlet=Evil%20Outlet");
            await page.ClickAsync("#article-table tbody a");
            await page.WaitForSelectorAsync("article.reader h1");
            Assert.Equal("<script>alert(1)</script> Hostile title", await page.TextContentAsync("article.reader h1"));
            Assert.Equal(0, await page.Locator("article.reader script, article.reader img").CountAsync());
            Assert.Contains("onerror=alert(2)", await page.TextContentAsync("article.reader"));
            Assert.Empty(session.Errors);
        }
        finally
        {
            await Close(session);
        }
    }

    [Fact]
    public async Task Search_WorksFromTheKeyboard()
    {
        var session = await Open();
        try
        {
            var page = session.Page;
            await page.GotoAsync(server.BaseAddress + "/");
            await page.FocusAsync("#quick-q");
            await page.Keyboard.TypeAsync("cosmodrome");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForSelectorAsync("#search-results mark");
            Assert.Equal("cosmodrome", (await page.TextContentAsync("#search-results mark"))!.ToLowerInvariant());
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "chronicle-search.png") });
            Assert.Empty(session.Errors);
        }
        finally
        {
            await Close(session);
        }
    }
}
