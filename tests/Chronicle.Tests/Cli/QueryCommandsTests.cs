using System.Text.Json;
using Chronicle.Cli;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

/// <summary>articles, show, search and stats over the ingested samples.</summary>
public sealed class QueryCommandsTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private readonly CliRunner cli;

    public QueryCommandsTests() => cli = new CliRunner(folder.File("chronicle.db"));

    public async ValueTask InitializeAsync() => Assert.Equal(ExitCodes.Success, (await cli.RunAsync("ingest", RepoPaths.Samples)).ExitCode);

    public ValueTask DisposeAsync()
    {
        folder.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Articles_Json_IsAnArrayWithProvenance()
    {
        var run = await cli.RunAsync("articles", "--format", "json", "--limit", "5");

        var rows = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(5, rows.GetArrayLength());
        Assert.All(rows.EnumerateArray(), row => Assert.StartsWith(RepoPaths.Samples, row.GetProperty("source").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Articles_ByAgency_ListsOnlyCreditedArticles_AsCsv()
    {
        var run = await cli.RunAsync("articles", "--agency", "reuters", "--format", "csv");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,published,outlet,agencies,title,url,source", lines[0]);
        Assert.True(lines.Length >= 3, run.Output);
        Assert.All(lines.Skip(1), line => Assert.Contains("Reuters", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_FindsTheVostochnyStory_AndShowPrintsIt()
    {
        var search = await cli.RunAsync("search", "Vostochny", "cosmodrome", "--format", "json");
        var hits = JsonDocument.Parse(search.Output).RootElement;
        Assert.True(hits.GetArrayLength() >= 1, search.Output);
        var first = hits[0];
        Assert.Contains("**", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);

        var show = await cli.RunAsync("show", first.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.Success, show.ExitCode);
        Assert.Contains("Vostochny", show.Output, StringComparison.Ordinal);
        Assert.Contains("sha256:", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownId_ExitsOne()
    {
        var run = await cli.RunAsync("show", "999999");

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        Assert.Contains("999999", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithoutWords_IsAUsageError() => Assert.Equal(ExitCodes.Usage, (await cli.RunAsync("search", "*")).ExitCode);

    [Fact]
    public async Task Stats_SummarisesOutletsAndAgencies()
    {
        var run = await cli.RunAsync("stats");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Articles by outlet", run.Output, StringComparison.Ordinal);
        Assert.Contains("Wire agencies credited", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Reuters\s+\d+", run.Output);
    }
}
