using System.CommandLine;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle timeline ACTOR ACTOR</c>: the events between two actors, oldest first, with outlets and evidence.</summary>
public static class TimelineCommand
{
    public static Command Create(TimeProvider time)
    {
        var db = StoreOption.Create();
        var first = new Argument<string>("actor") { Description = "An actor code (RUS, PRKGOV…); a country code covers all its roles." };
        var second = new Argument<string>("other") { Description = "The other actor's code." };
        foreach (var argument in new[] { first, second })
        {
            argument.Validators.Add(result =>
            {
                if (!EventsCommand.IsCode(result.GetValueOrDefault<string>() ?? ""))
                    result.AddError($"'{result.GetValueOrDefault<string>()}' is not an actor code (letters and digits: RUS, PRKGOV, IGOUNO).");
            });
        }

        var from = ArticlesCommand.DayOption("--from", "Only events on or after this day (YYYY-MM-DD).");
        var to = ArticlesCommand.DayOption("--to", "Only events on or before this day (YYYY-MM-DD).");
        var format = EventsCommand.FormatOption();
        var limit = ArticlesCommand.LimitOption(500);
        var command = new Command("timeline", "The events that happened between two actors, in either direction, oldest first, with their outlets and evidence (planned, denied or hypothetical ones: chronicle events --status).")
        {
            first, second, db, from, to, format, limit,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var actors = new[] { parseResult.GetValue(first)!, parseResult.GetValue(second)! }.Select(a => a.ToUpperInvariant()).ToList();
            var rows = await store.QueryEventsAsync(new EventQuery(Actors: actors, From: parseResult.GetValue(from), To: parseResult.GetValue(to),
                Status: "happened", Oldest: true, Limit: parseResult.GetValue(limit)), cancellationToken);
            EventsCommand.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format)!, rows, time);
            return ExitCodes.Success;
        });
        return command;
    }
}
