using System.CommandLine;
using System.Globalization;
using System.Text;
using Chronicle.Storage;
using Chronicle.Web;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle stats</c>: what the database holds — articles by outlet, the span of publication dates, wire
/// agencies, coded events by quad class and the latest stories — and where to look next.</summary>
public static class StatsCommand
{
    /// <summary>How many outlets and agencies the summary names before folding the rest into one line.</summary>
    private const int TopRows = 15;

    /// <summary>How many stories the summary names.</summary>
    private const int TopStories = 5;

    private static readonly string[] QuadClasses = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

    public static Command Create(TimeProvider time)
    {
        var db = StoreOption.Create();
        var command = new Command("stats", "Summarise the database: articles by outlet, the span of publication dates, the wire agencies credited, coded events and the latest stories.") { db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var stats = await store.GetStatsAsync(cancellationToken);
            var events = await store.CountEventsAsync(new EventQuery(), cancellationToken);
            var stories = await store.QueryStoriesAsync(new StoryQuery(MinArticles: 2, Limit: TopStories), cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteAsync(Format(stats, DatabaseLocation.Resolve(parseResult.GetValue(db)).Value));
            await output.WriteAsync(FormatCoding(events, stories));
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

    /// <summary>Coded events by quad class, the latest stories of several articles, and the commands that explore them.</summary>
    public static string FormatCoding(IReadOnlyList<EventCount> events, IReadOnlyList<StoredStory> stories)
    {
        var text = new StringBuilder();
        var total = events.Sum(e => e.Count);
        var byQuad = Enumerable.Range(1, QuadClasses.Length)
            .Select(quad => new NamedCount(QuadClasses[quad - 1], events.Where(e => e.QuadClass == quad).Sum(e => e.Count)))
            .Where(c => c.Count > 0)
            .ToList();
        AppendCounts(text, string.Create(CultureInfo.InvariantCulture, $"Events coded: {total:N0}, by quad class"), byQuad, total);
        text.Append("\nLatest stories").Append(stories.Count == 0 ? ": none with two articles or more\n" : "\n");
        foreach (var story in stories)
        {
            var span = story.First is { } first && story.Last is { } last
                ? string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM-dd} to {last:yyyy-MM-dd}")
                : "undated";
            text.Append(CultureInfo.InvariantCulture, $"  [{story.Id}] {story.Title} ({span}; {story.Articles} articles, {story.Events} events)\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nNext: chronicle events --actor RUS --actor PRK · chronicle stories · chronicle serve, then open {ChronicleWebOptions.DefaultUrl}\n");
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
