using System.CommandLine;
using Chronicle.Cli.Listing;
using Chronicle.Events;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle events [--actor CODE]… [--cameo ROOT] [--from] [--to] [--status] [--min-sources N] [--single-source] [--format table|json|csv|tsv]</c>: coded events, newest first.</summary>
public static class EventsCommand
{
    public static Command Create(TimeProvider time)
    {
        var db = StoreOption.Create();
        var actors = new Option<string[]>("--actor")
        {
            Description = "Only events with this actor as source or target (a code or its start: RUS matches RUSGOV); repeat for events between actors.",
            HelpName = "CODE",
            AllowMultipleArgumentsPerToken = false,
        };
        actors.Validators.Add(result =>
        {
            foreach (var code in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!IsCode(code))
                    result.AddError($"--actor takes an actor code of letters and digits (RUS, PRKGOV, IGOUNO), not '{code}'.");
            }
        });
        var cameo = new Option<string?>("--cameo") { Description = "Only events of this CAMEO root or code (04, 042, 19…).", HelpName = "CODE" };
        cameo.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } code && !EventQuery.IsCameoFilter(code))
                result.AddError($"--cameo takes two to four digits, not '{code}'.");
        });
        var status = new Option<string?>("--status") { Description = "Only events of this status: " + string.Join(", ", StatusNames.All) + ".", HelpName = "STATUS" };
        status.AcceptOnlyFromAmong([.. StatusNames.All]);
        var from = ArticlesCommand.DayOption("--from", "Only events on or after this day (YYYY-MM-DD).");
        var to = ArticlesCommand.DayOption("--to", "Only events on or before this day (YYYY-MM-DD).");
        var minSources = new Option<int?>("--min-sources")
        {
            Description = "Only events confirmed by at least N independent sources (\"Seoul said\" in ten outlets is one source; syndicated copies never count twice).",
            HelpName = "N",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1)
                    return n;
                result.AddError($"--min-sources takes a whole number of 1 or more, not '{text}'.");
                return null;
            },
        };
        var singleSource = new Option<bool>("--single-source") { Description = "Only events that rest on exactly one independent source." };
        var format = FormatOption();
        var limit = ArticlesCommand.LimitOption(100);

        var command = new Command("events", "List coded events (who did what to whom, when, where, according to whom), newest first.")
        {
            db, actors, cameo, from, to, status, minSources, singleSource, format, limit,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(singleSource) && result.GetValue(minSources) is > 1)
                result.AddError("--single-source and --min-sources above 1 select no event; use one of them.");
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var query = new EventQuery(
                Actors: (parseResult.GetValue(actors) ?? []).Select(a => a.ToUpperInvariant()).ToList(),
                Cameo: parseResult.GetValue(cameo),
                From: parseResult.GetValue(from),
                To: parseResult.GetValue(to),
                Status: parseResult.GetValue(status),
                Limit: parseResult.GetValue(limit),
                MinSources: parseResult.GetValue(minSources),
                MaxSources: parseResult.GetValue(singleSource) ? 1 : null);
            var rows = await store.QueryEventsAsync(query, cancellationToken);
            Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format)!, rows, time);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static Option<string> FormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: table, json, jsonl, csv, or tsv (the GDELT 2.0 event export's 61 columns).",
            DefaultValueFactory = _ => "table",
            HelpName = "table|json|jsonl|csv|tsv",
        };
        format.AcceptOnlyFromAmong("table", "json", "jsonl", "csv", "tsv");
        return format;
    }

    internal static bool IsCode(string code) => EventQuery.IsActorFilter(code);

    internal static void Write(TextWriter output, string format, IReadOnlyList<StoredEvent> rows, TimeProvider time)
    {
        if (EventExport.Parse(format) is { } export)
            EventExport.Write(output, export, rows, time.GetUtcNow());
        else
            ListingWriter.Write(output, ListFormat.Table, EventColumns.All, rows);
    }
}
