using System.CommandLine;
using System.Globalization;
using System.Text;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle stats</c>: what the database holds — articles by outlet, the span of publication dates, wire agencies.</summary>
public static class StatsCommand
{
    /// <summary>How many outlets and agencies the summary names before folding the rest into one line.</summary>
    private const int TopRows = 15;

    public static Command Create(TimeProvider time)
    {
        var db = StoreOption.Create();
        var command = new Command("stats", "Summarise the database: articles by outlet, the span of publication dates, and the wire agencies credited.") { db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var stats = await store.GetStatsAsync(cancellationToken);
            await parseResult.InvocationConfiguration.Output.WriteAsync(Format(stats, DatabaseLocation.Resolve(parseResult.GetValue(db)).Value));
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Format(StoreStats stats, string? location)
    {
        var text = new StringBuilder();
        if (location is not null)
            text.Append(CultureInfo.InvariantCulture, $"Database: {location}\n");
        text.Append(CultureInfo.InvariantCulture, $"Articles: {stats.Articles:N0}");
        text.Append(stats.Undated > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({stats.Undated:N0} without a date)\n") : "\n");
        if (stats.FirstPublished is { } first && stats.LastPublished is { } last)
        {
            var days = last.DayNumber - first.DayNumber + 1;
            text.Append(CultureInfo.InvariantCulture, $"Published: {first:yyyy-MM-dd} to {last:yyyy-MM-dd} ({days:N0} days)\n");
        }

        AppendCounts(text, "Articles by outlet", stats.ByOutlet.Select(o => o with { Name = o.Name.Length == 0 ? "(outlet unknown)" : o.Name }).ToList(), stats.Articles);
        AppendCounts(text, "Wire agencies credited", stats.ByAgency, stats.Articles);
        return text.ToString();
    }

    private static void AppendCounts(StringBuilder text, string heading, IReadOnlyList<NamedCount> counts, int total)
    {
        text.Append('\n').Append(heading).Append(counts.Count == 0 ? ": none\n" : "\n");
        var shown = counts.Take(TopRows).ToList();
        var rest = counts.Skip(TopRows).ToList();
        if (rest.Count > 0)
            shown.Add(new NamedCount($"({rest.Count.ToString(CultureInfo.InvariantCulture)} more)", rest.Sum(r => r.Count)));
        var width = shown.Count == 0 ? 0 : shown.Max(c => c.Name.Length);
        var numberWidth = shown.Count == 0 ? 0 : shown.Max(c => c.Count.ToString("N0", CultureInfo.InvariantCulture).Length);
        foreach (var (name, count) in shown)
        {
            var share = total == 0 ? 0 : 100.0 * count / total;
            text.Append(CultureInfo.InvariantCulture, $"  {name.PadRight(width)}  {count.ToString("N0", CultureInfo.InvariantCulture).PadLeft(numberWidth)}  {share,5:0.0}%\n");
        }
    }
}
