using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Listing;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle event &lt;id&gt;</c>: one happening as merged across the archive — its first report, every
/// mention (article, outlet, date, evidence, rule), the origins they come from and the independent sources behind them.</summary>
public static class MergedEventCommand
{
    public static Command Create(TimeProvider time)
    {
        var db = StoreOption.Create();
        var id = new Argument<long>("id") { Description = "An event id, as 'chronicle events' lists it: the merged event it belongs to is shown." };
        var format = ArticlesCommand.FormatOption();
        format.Description = "Output format: table (the event and its mentions), json (one object) or csv (the mentions).";
        var command = new Command("event", "Show a merged event: every report of one happening, its origins, its independent sources and its first report.") { id, db, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var wanted = parseResult.GetValue(id);
            if (await store.GetMergedEventAsync(wanted, cancellationToken) is not { } merged)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                    $"chronicle event: no event {wanted.ToString(CultureInfo.InvariantCulture)} in this database ('chronicle events' lists them).");
                return ExitCodes.SomeInputsFailed;
            }

            Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format), merged);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, ListFormat format, MergedEventReport merged)
    {
        var first = merged.FirstReport;
        switch (format)
        {
            case ListFormat.Json:
                output.WriteLine(ListingWriter.ToJson(json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", merged.Id);
                    json.WritePropertyName("first_report");
                    ColumnWriter.WriteArray(json, EventColumns.All, [first]);
                    json.WriteNumber("mentions", merged.Mentions.Count);
                    json.WriteStartArray("origins");
                    foreach (var origin in merged.Origins)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("group", origin.Group);
                        json.WriteString("name", origin.Name);
                        json.WriteStartArray("articles");
                        foreach (var article in origin.Articles)
                            json.WriteNumberValue(article);
                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("sources");
                    foreach (var source in merged.Sources)
                        json.WriteStringValue(source);
                    json.WriteEndArray();
                    json.WritePropertyName("mention_list");
                    ColumnWriter.WriteArray(json, EventColumns.Mentions, merged.Mentions);
                    json.WriteEndObject();
                }));
                output.Flush();
                break;
            case ListFormat.Csv:
                ListingWriter.Write(output, ListFormat.Csv, EventColumns.Mentions, merged.Mentions);
                break;
            default:
                var c = CultureInfo.InvariantCulture;
                output.WriteLine(string.Create(c, $"Event {merged.Id}: {first.Source ?? first.SourceName ?? "?"} {first.Cameo.Code} {first.Target ?? first.TargetName ?? "-"} — {first.Cameo.Name}"));
                output.WriteLine(string.Create(c, $"  date          {first.Date ?? first.Published ?? "undated"}"));
                output.WriteLine(string.Create(c, $"  first report  event {first.Id}, article {first.ArticleId}: {first.Outlet ?? "unknown outlet"}, {first.Published ?? "undated"}"));
                output.WriteLine(string.Create(c, $"  mentions      {merged.Mentions.Count}"));
                var origins = merged.Origins.Select(o => $"{o.Name ?? "unnamed"} (articles {string.Join(", ", o.Articles)})");
                output.WriteLine(string.Create(c, $"  origins       {merged.Origins.Count}: {string.Join("; ", origins)}"));
                output.WriteLine(string.Create(c, $"  sources       {merged.Sources.Count}: {string.Join(", ", merged.Sources)}{(merged.Sources.Count == 1 ? " (single source)" : "")}"));
                ListingWriter.Write(output, ListFormat.Table, EventColumns.Mentions, merged.Mentions);
                break;
        }
    }
}
