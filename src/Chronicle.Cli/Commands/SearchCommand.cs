using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Listing;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle search &lt;query&gt;</c>: full-text search over stored titles and bodies, best match first.</summary>
public static class SearchCommand
{
    private static readonly IReadOnlyList<Column<SearchHit>> Columns =
    [
        .. SummaryColumns.For<SearchHit>(hit => hit.Article),
        new("snippet", hit => hit.Snippet),
        new("score", hit => hit.Score.ToString("0.###", CultureInfo.InvariantCulture), (json, hit) => json.WriteNumberValue(Math.Round(hit.Score, 3))) { InTable = false },
    ];

    public static Command Create(TimeProvider time)
    {
        var db = StoreOption.Create();
        var query = new Argument<string[]>("query")
        {
            Description = "Words to find (all of them), \"a quoted phrase\", prefix* or a OR b. Case and accents are ignored.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = ArticlesCommand.FormatOption();
        var limit = ArticlesCommand.LimitOption(20);
        var command = new Command("search", "Search stored articles' titles and bodies; shows the best matches with a snippet.") { query, db, format, limit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var text = string.Join(' ', parseResult.GetValue(query) ?? []);
            var hits = await store.SearchAsync(text, parseResult.GetValue(limit), cancellationToken);
            if (!hits.IsSuccess)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"chronicle: {hits.Error}");
                return ExitCodes.Usage;
            }

            ListingWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format), Columns, hits.Value!);
            return ExitCodes.Success;
        });
        return command;
    }
}
