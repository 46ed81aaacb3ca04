using Chronicle.Storage.Sqlite;
using Chronicle.Tests.Storage;
using Chronicle.Tests.Support;
using Chronicle.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Chronicle.Tests.Web;

/// <summary>A real server on a free loopback port over a small SQLite archive, shared by the API tests of a class.</summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private SqliteChronicleStore? store;
    private WebApplication? app;

    private IPlaywright? playwright;
    private IBrowser? browser;

    public const string Chromium = "/usr/bin/chromium";

    public HttpClient Client { get; private set; } = null!;

    /// <summary>One headless Chromium for all the browser tests of a class (starting it is the slow part).</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        if (browser is not null)
            return browser;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        return browser;
    }

    public string BaseAddress { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        store = (await SqliteChronicleStore.OpenAsync(folder.File("web.db"), TimeProvider.System)).Value!;
        await store.SaveAsync(
        [
            StoreFixtures.Article("kim-vostochny", "Kim meets Putin at Vostochny cosmodrome", "Example Times",
                StoreFixtures.Day(2023, 9, 13), ["Reuters"], "Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome.", "They toured the launch site."),
            StoreFixtures.Article("pyongyang-treaty", "Putin and Kim sign partnership treaty", "Daily Planet",
                StoreFixtures.Day(2024, 6, 19), [], "Putin and Kim signed a comprehensive strategic partnership treaty in Pyongyang."),
            StoreFixtures.Article("xss", "<script>alert(1)</script> Hostile title", "Evil Outlet",
                StoreFixtures.Day(2024, 7, 1), [], "<img src=x onerror=alert(2)> body with markup"),
        ]);
        app = ChronicleWebHost.Create(new ChronicleWebOptions(["http://127.0.0.1:0"]), store);
        await app.StartAsync();
        BaseAddress = ChronicleWebHost.Addresses(app)[0];
        Client = new HttpClient { BaseAddress = new Uri(BaseAddress), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (browser is not null)
            await browser.CloseAsync();
        playwright?.Dispose();
        if (app is not null)
            await app.DisposeAsync();
        if (store is not null)
            await store.DisposeAsync();
        folder.Dispose();
    }
}
