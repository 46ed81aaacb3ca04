using System.CommandLine;
using System.Globalization;
using Chronicle.Actors;
using Chronicle.Cli.Listing;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle actors [--top N]</c> and <c>chronicle actor &lt;code|name&gt;</c>: the actors the archive mentions,
/// and one actor's roles over time (from the dictionaries), the names it goes by and the articles that mention it.</summary>
public static class ActorsCommand
{
    public static Command CreateList(TimeProvider time)
    {
        var db = StoreOption.Create();
        var top = ArticlesCommand.LimitOption(30);
        top.Aliases.Add("--top");
        var format = ArticlesCommand.FormatOption();
        var command = new Command("actors", "List the most mentioned actors of the archive with their codes.") { db, top, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var rows = await store.QueryActorsAsync(parseResult.GetValue(top), cancellationToken);
            ListingWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format), SummaryColumnsOf, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateOne(TimeProvider time)
    {
        var db = StoreOption.Create();
        var actor = new Argument<string>("actor") { Description = "An actor code (RUSGOV, PRK) or canonical name (\"Vladimir Putin\")." };
        var limit = ArticlesCommand.LimitOption(20);
        var command = new Command("actor", "Show one actor: its roles and codes over time, the names the texts use for it, and the articles that mention it most.") { actor, db, limit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var wanted = parseResult.GetValue(actor)!.Trim();
            var report = await store.GetActorAsync(wanted, parseResult.GetValue(limit), cancellationToken);
            var entries = ActorDictionary.BuiltIn.FindAll(report.Actors.Select(a => a.Actor).Append(wanted));
            var output = parseResult.InvocationConfiguration.Output;
            if (entries.Count == 0 && report.Actors.Count == 0)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"chronicle actor: '{wanted}' is neither in the dictionaries nor mentioned in this database.");
                return ExitCodes.SomeInputsFailed;
            }

            await output.WriteAsync(Describe(entries, report));
            await output.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private static readonly IReadOnlyList<Column<ActorSummary>> SummaryColumnsOf =
    [
        new("actor", a => a.Actor),
        new("code", a => a.Code),
        new("mentions", a => a.Mentions.ToString(CultureInfo.InvariantCulture), (json, a) => json.WriteNumberValue(a.Mentions)),
        new("articles", a => a.Articles.ToString(CultureInfo.InvariantCulture), (json, a) => json.WriteNumberValue(a.Articles)),
    ];

    internal static string Describe(IReadOnlyList<ActorEntry> entries, ActorReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new System.Text.StringBuilder();
        foreach (var entry in entries)
        {
            text.AppendLine(c, $"{entry.Actor} ({entry.Type}{(entry.Code is { } code ? ", " + code : "")}) — defined at {entry.Origin}");
            foreach (var role in entry.Dated)
                text.AppendLine(c, $"  {role.Code,-10} {Day(role.From)} – {Day(role.To)}");
        }

        foreach (var actor in report.Actors)
            text.AppendLine(c, $"In this archive: {actor.Actor} as {actor.Code ?? "(no code)"}: {actor.Mentions} mentions in {actor.Articles} articles");
        if (report.Aliases.Count > 0)
            text.AppendLine("Named as: " + string.Join(", ", report.Aliases.Select(a => $"{a.Text} ({a.Mentions})")));
        foreach (var article in report.Articles)
            text.AppendLine(c, $"  {article.Published ?? "undated",-10}  {article.Mentions,3}×  #{article.ArticleId} {article.Title} — {article.Outlet}");
        return text.ToString();
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
}
