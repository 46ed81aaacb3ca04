using System.Text.Json;
using Chronicle.Cli;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly CliRunner cli;

    public IngestCommandTests() => cli = new CliRunner(folder.File("chronicle.db"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Ingest_SamplesTwice_SecondRunAddsNothing()
    {
        var first = await cli.RunAsync("ingest", RepoPaths.Samples);
        var second = await cli.RunAsync("ingest", RepoPaths.Samples);

        Assert.Equal((ExitCodes.Success, ""), (first.ExitCode, first.Errors));
        var stored = Count(first.Output, "stored");
        Assert.True(stored >= 30, first.Output);
        Assert.Equal(0, Count(first.Output, "failed"));
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal((0, stored), (Count(second.Output, "stored"), Count(second.Output, "duplicates")));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("500")]
    public async Task Ingest_FolderWithBadFiles_ExitsOne_ReportsEach_StoresTheGoodOnes(string batchSize)
    {
        var inputs = Directory.CreateDirectory(folder.File("inputs")).FullName;
        File.Copy(Path.Combine(RepoPaths.Samples, "text", "seoul-ledger-2024-12-19-nis-casualties.txt"), Path.Combine(inputs, "a-good.txt"));
        await File.WriteAllBytesAsync(Path.Combine(inputs, "b-broken.pdf"), [.. "%PDF-1.7\n"u8, 0, 1, 2, 3, 0xFF], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(inputs, "c-empty.html"), "", TestContext.Current.CancellationToken);
        File.Copy(Path.Combine(RepoPaths.Samples, "html", "harbour-times-2024-12-05-treaty-in-force.html"), Path.Combine(inputs, "d-good.html"));

        var run = await cli.RunAsync("ingest", inputs, "--batch-size", batchSize);

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        var errorLines = run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errorLines.Length);
        Assert.Contains("b-broken.pdf", errorLines[0], StringComparison.Ordinal);
        Assert.Contains("c-empty.html", errorLines[1], StringComparison.Ordinal);
        Assert.Equal((2, 2), (Count(run.Output, "stored"), Count(run.Output, "failed")));
        var listed = await cli.RunAsync("articles", "--format", "json");
        Assert.Equal(2, JsonDocument.Parse(listed.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Ingest_MissingPath_IsOneFailureLine()
    {
        var run = await cli.RunAsync("ingest", folder.File("nowhere.html"));

        Assert.Equal(ExitCodes.SomeInputsFailed, run.ExitCode);
        Assert.Contains("nowhere.html", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_IntoPostgres_IsAUsageError()
    {
        var run = await new CliRunner("postgres://localhost/chronicle").RunAsync("ingest", RepoPaths.Samples);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("PostgreSQL is not supported yet", run.Errors, StringComparison.Ordinal);
    }

    /// <summary>The number on the summary line that starts with <paramref name="label"/>.</summary>
    private static int Count(string summary, string label)
    {
        var line = summary.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(label + " ", StringComparison.Ordinal));
        return int.Parse(line[label.Length..].Trim().Split(' ')[0].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
