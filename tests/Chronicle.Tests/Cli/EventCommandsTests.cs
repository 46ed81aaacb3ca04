using System.Text.Json;
using Chronicle.Cli;
using Chronicle.Export;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

/// <summary><c>events</c>, <c>timeline</c> and <c>quotes</c> over the samples ingested with the real engine: the pipeline
/// analyses, codes and stores what it read.</summary>
public sealed class EventCommandsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task IngestedSamples_GiveEventsTimelinesAndQuotes_InEveryFormat()
    {
        var cli = new CliRunner(folder.File("chronicle.db"), CliApp.BuildRoot);
        Assert.Equal(ExitCodes.Success, (await cli.RunAsync("ingest", RepoPaths.Samples)).ExitCode);

        var json = await cli.RunAsync("events", "--actor", "RUS", "--actor", "PRK", "--format", "json");
        Assert.Equal(ExitCodes.Success, json.ExitCode);
        var events = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            var pair = new[] { e.GetProperty("source").GetString() ?? "", e.GetProperty("target").GetString() ?? "" };
            Assert.Contains(pair, code => code.StartsWith("RUS", StringComparison.Ordinal));
            Assert.Contains(pair, code => code.StartsWith("PRK", StringComparison.Ordinal));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("evidence").GetString()));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("rule").GetString()));
        });

        var tsv = await cli.RunAsync("timeline", "RUS", "PRK", "--format", "tsv");
        var rows = tsv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(rows);
        Assert.All(rows, line => Assert.Equal(GdeltEventTsv.FieldCount, line.Split('\t').Length));
        var days = rows.Select(l => l.Split('\t')[1]).Where(d => d.Length > 0).ToList();
        Assert.Equal(days.Order(StringComparer.Ordinal), days);

        var csv = await cli.RunAsync("events", "--cameo", "04", "--format", "csv");
        Assert.StartsWith("id,date,source,cameo", csv.Output);

        var firstId = events[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var explained = await cli.RunAsync("explain", firstId);
        Assert.Equal(ExitCodes.Success, explained.ExitCode);
        Assert.Contains($"Event {firstId}:", explained.Output);
        Assert.Matches(@"rule\s+\S+", explained.Output);
        Assert.Matches(@"evidence\s+.*«.+».*", explained.Output);
        Assert.Equal(ExitCodes.SomeInputsFailed, (await cli.RunAsync("explain", "987654321")).ExitCode);

        var actors = await cli.RunAsync("actors", "--top", "10", "--format", "csv");
        Assert.Contains("\nRussia,RUS,", actors.Output);
        var kim = await cli.RunAsync("actor", "Kim Jong Un");
        Assert.Equal(ExitCodes.Success, kim.ExitCode);
        Assert.Matches(@"PRKGOV\s+2011-12-17", kim.Output);
        Assert.Matches(@"In this archive: Kim Jong Un as PRKGOV: \d+ mentions", kim.Output);
        Assert.Equal(ExitCodes.SomeInputsFailed, (await cli.RunAsync("actor", "Nobody Anywhere")).ExitCode);

        var quotes = await cli.RunAsync("quotes", "--speaker", "kim", "--format", "jsonl");
        Assert.Equal(ExitCodes.Success, quotes.ExitCode);
        var lines = quotes.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, q => Assert.Contains("kim", q.GetProperty("speaker").GetString()!, StringComparison.OrdinalIgnoreCase));
        Assert.All(lines, q => Assert.StartsWith("article:", q.GetProperty("path").GetString()));
    }

    [Theory]
    [InlineData("events", "--actor", "R%S")]
    [InlineData("events", "--cameo", "4")]
    [InlineData("events", "--status", "maybe")]
    [InlineData("events", "--from", "last week")]
    [InlineData("timeline", "RUS", "'; DROP TABLE events;--")]
    public async Task BadFilters_AreUsageErrors(params string[] args)
    {
        var cli = new CliRunner(folder.File("chronicle.db"), CliApp.BuildRoot);
        Assert.Equal(ExitCodes.Usage, (await cli.RunAsync(args)).ExitCode);
    }
}
