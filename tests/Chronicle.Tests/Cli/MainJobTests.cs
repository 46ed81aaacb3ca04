using Chronicle.Cli;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

/// <summary>The README's main job through the real command tree and engine: every sample is stored once, stats read back.</summary>
public sealed class MainJobTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task IngestSamplesThenStats_WithTheRealEngine_StoresEverySampleOnce()
    {
        var cli = new CliRunner(folder.File("chronicle.db"), CliApp.BuildRoot);

        var first = await cli.RunAsync("ingest", RepoPaths.Samples);
        var second = await cli.RunAsync("ingest", RepoPaths.Samples);
        var stats = await cli.RunAsync("stats");

        Assert.Equal((ExitCodes.Success, ""), (first.ExitCode, first.Errors));
        Assert.Matches(@"stored\s+4\d\n", first.Output);
        Assert.Matches(@"stored\s+0\n", second.Output);
        Assert.Equal(ExitCodes.Success, stats.ExitCode);
        Assert.Matches(@"Articles: 4\d\n", stats.Output);
        Assert.Matches(@"Published: 2023-\d\d-\d\d to 2025-\d\d-\d\d", stats.Output);

        // The samples' events and stories are summed up, and the page that explores them is named.
        Assert.Matches(@"Events coded: [1-9][\d,]*, by quad class\n(  .+\n){4}", stats.Output);
        Assert.Matches(@"\n  \[\d+\] .+ \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d; [2-9]\d* articles, \d+ events\)\n", stats.Output);
        Assert.Contains("chronicle serve, then open http://127.0.0.1:5170", stats.Output);
    }
}
