using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Listing;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle stories</c> and <c>chronicle story &lt;id&gt;</c>: the stories ingest clustered the archive into,
/// and one story with its articles and the timeline of its merged events.</summary>
public static class StoriesCommand
{
    public static Command CreateList(TimeProvider time)
    {
        var db = StoreOption.Create();
        var from = ArticlesCommand.DayOption("--from", "Only stories still running on or after this day (YYYY-MM-DD).");
        var to = ArticlesCommand.DayOption("--to", "Only stories that began on or before this day (YYYY-MM-DD).");
        var minArticles = new Option<int>("--min-articles") { Description = "Only stories of at least this many articles.", DefaultValueFactory = _ => 1, HelpName = "N" };
        minArticles.Validators.Add(result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--min-articles must be 1 or more."); });
        var format = ArticlesCommand.FormatOption();
        var limit = ArticlesCommand.LimitOption(50);
        var command = new Command("stories", "List stories (articles about one developing story, clustered at ingest), latest first: id, title, span, articles, events.")
        {
            db, from, to, minArticles, format, limit,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var query = new StoryQuery(parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(minArticles), Limit: parseResult.GetValue(limit));
            var rows = await store.QueryStoriesAsync(query, cancellationToken);
            ListingWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format), StoryColumns.All, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateOne(TimeProvider time)
    {
        var db = StoreOption.Create();
        var id = new Argument<long>("id") { Description = "The story's id, as 'chronicle stories' lists it." };
        var format = ArticlesCommand.FormatOption();
        format.Description = "Output format: table (the story, its articles and timeline), json (one object) or csv (the timeline).";
        var command = new Command("story", "Show one story: its title, span, articles and the timeline of its merged events.") { id, db, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var wanted = parseResult.GetValue(id);
            if (await store.GetStoryAsync(wanted, cancellationToken) is not { } report)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                    $"chronicle story: no story {wanted.ToString(CultureInfo.InvariantCulture)} in this database ('chronicle stories' lists them).");
                return ExitCodes.SomeInputsFailed;
            }

            Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format), report);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, ListFormat format, StoryReport report)
    {
        var articles = SummaryColumns.For<ArticleSummary>(a => a);
        switch (format)
        {
            case ListFormat.Json:
                output.WriteLine(ListingWriter.ToJson(json =>
                {
                    json.WriteStartObject();
                    foreach (var column in StoryColumns.All)
                        column.WriteJson(json, report.Story);
                    json.WritePropertyName("article_list");
                    ColumnWriter.WriteArray(json, articles, report.Articles);
                    json.WritePropertyName("timeline");
                    ColumnWriter.WriteArray(json, EventColumns.All, report.Timeline);
                    json.WriteEndObject();
                }));
                output.Flush();
                break;
            case ListFormat.Csv:
                ListingWriter.Write(output, ListFormat.Csv, EventColumns.All, report.Timeline);
                break;
            default:
                var s = report.Story;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Story {s.Id}: {s.Title}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  span      {StoryColumns.Span(s)}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  articles  {s.Articles}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  events    {s.Events}"));
                ListingWriter.Write(output, ListFormat.Table, articles, report.Articles);
                output.WriteLine("Timeline");
                ListingWriter.Write(output, ListFormat.Table, EventColumns.All, report.Timeline);
                break;
        }
    }
}
