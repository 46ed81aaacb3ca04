using Chronicle.Ingest;
using Chronicle.Storage.Sqlite;
using Chronicle.Tests.Support;
using Chronicle.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Chronicle.Tests.Web;

/// <summary>A real server on a free loopback port over a SQLite archive, shared by the tests of a class: by default
/// samples/ ingested through the real pipeline plus one hostile page, read-only.</summary>
public class WebServerFixture : IAsyncLifetime
{
    /// <summary>An HTML page whose title and body carry markup as text (entities), as a scraped page can.</summary>
    public const string HostilePage = """
        <!doctype html><html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Hostile title</title>
        <meta property="og:site_name" content="Evil Outlet"><meta property="article:published_time" content="2024-07-01"></head>
        <body><article><h1>&lt;script&gt;alert(1)&lt;/script&gt; Hostile title</h1>
        <p>SEOUL, July 1 (Evil Outlet) - &lt;img src=x onerror=alert(2)&gt; South Korea condemned North Korea on Monday for launching 2 missiles, officials said.</p>
        <p>"We will respond &lt;b onmouseover=alert(3)&gt;firmly&lt;/b&gt;," the defence ministry said in a statement issued in Seoul late on Monday night.</p>
        </article></body></html>
        """;

    private readonly TempFolder folder = new();
    private SqliteChronicleStore? store;
    private WebApplication? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public const string Chromium = "/usr/bin/chromium";

    public HttpClient Client { get; private set; } = null!;

    public string BaseAddress { get; private set; } = "";

    public string DatabasePath => folder.File("web.db");

    /// <summary>Whether the archive starts with samples/ and the hostile page (else empty).</summary>
    protected virtual bool WithSamples => true;

    /// <summary>Whether <c>POST /api/documents</c> ingests (<c>--allow-ingest</c>).</summary>
    protected virtual bool AllowIngest => false;

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

    public async ValueTask InitializeAsync()
    {
        store = (await SqliteChronicleStore.OpenAsync(DatabasePath, TimeProvider.System)).Value!;
        var engine = new ChronicleBuilder().Build();
        if (WithSamples)
        {
            File.WriteAllText(folder.File("hostile.html"), HostilePage);
            using var loader = engine.CreateLoader();
            var failures = new List<string>();
            await new IngestRun(engine, store, TimeProvider.System)
                .RunAsync(loader.LoadWithSources([RepoPaths.Samples, folder.File("hostile.html")]), failures.Add, _ => { }, CancellationToken.None);
            Assert.Empty(failures);
        }

        app = ChronicleWebHost.Create(new ChronicleWebOptions(["http://127.0.0.1:0"]) { Ingest = AllowIngest ? engine : null }, store);
        await app.StartAsync();
        BaseAddress = ChronicleWebHost.Addresses(app)[0];
        Client = new HttpClient { BaseAddress = new Uri(BaseAddress), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Rows in every table, read on a connection of its own: equal before and after means nothing was written.</summary>
    public string Fingerprint()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
                names.Add(reader.GetString(0));
        }

        return string.Join(",", names.Select(name =>
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{name}\"";
            return $"{name}={count.ExecuteScalar()}";
        }));
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
        GC.SuppressFinalize(this);
    }
}

/// <summary>An empty archive whose server was started with <c>--allow-ingest</c>.</summary>
public sealed class IngestServerFixture : WebServerFixture
{
    protected override bool WithSamples => false;

    protected override bool AllowIngest => true;
}
