using System.Globalization;
using Chronicle.Ingest;
using Spectre.Console;

namespace Chronicle.Cli.Ingesting;

/// <summary>
/// Shows an ingest run as it goes: a live Spectre.Console bar with docs/s on a terminal, plain log lines (at most one
/// every few seconds) when standard error is redirected. Failed inputs are one line each either way.
/// </summary>
public sealed class IngestReporter
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter errors;
    private readonly TimeProvider time;
    private readonly bool interactive;

    public IngestReporter(TextWriter errors, TimeProvider time, bool interactive)
    {
        this.errors = errors;
        this.time = time;
        this.interactive = interactive;
    }

    /// <summary>Runs <paramref name="run"/>, handing it the failure and progress sinks of the chosen display.</summary>
    public Task<IngestCounts> ShowAsync(Func<Action<string>, Action<IngestCounts>, Task<IngestCounts>> run) =>
        interactive ? ShowLiveAsync(run) : ShowPlainAsync(run);

    public static string Describe(IngestCounts counts) => string.Create(
        CultureInfo.InvariantCulture,
        $"{counts.Read:N0} read, {counts.Stored:N0} stored, {counts.Duplicates:N0} duplicates, {counts.Failed:N0} failed ({counts.DocumentsPerSecond:N0} docs/s)");

    private async Task<IngestCounts> ShowLiveAsync(Func<Action<string>, Action<IngestCounts>, Task<IngestCounts>> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(errors) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingesting", maxValue: 1).IsIndeterminate();
                var counts = await run(
                    line => console.MarkupLineInterpolated($"[red]chronicle:[/] {line}"),
                    progress => task.Description = Markup.Escape(Describe(progress)));
                task.Value = 1;
                task.StopTask();
                return counts;
            });
    }

    private async Task<IngestCounts> ShowPlainAsync(Func<Action<string>, Action<IngestCounts>, Task<IngestCounts>> run)
    {
        var lastLog = time.GetTimestamp();
        return await run(
            line => errors.WriteLine($"chronicle: {line}"),
            progress =>
            {
                if (time.GetElapsedTime(lastLog) < LogInterval)
                    return;
                lastLog = time.GetTimestamp();
                errors.WriteLine($"chronicle: ingest: {Describe(progress)}");
            });
    }
}
