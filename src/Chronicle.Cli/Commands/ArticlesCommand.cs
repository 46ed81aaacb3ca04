using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Listing;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle articles [--outlet] [--agency] [--from] [--to] [--format] [--limit] [--offset]</c>: lists stored articles, newest first.</summary>
public static class ArticlesCommand
{
    public static Command Create(TimeProvider time)
    {
        var db = StoreOption.Create();
        var outlet = new Option<string?>("--outlet") { HelpName = "NAME", Description = "Only articles of this outlet (exact name, any case), e.g. \"The Harbour Times\"." };
        var agency = new Option<string?>("--agency") { HelpName = "NAME", Description = "Only articles credited to this wire agency (any case), e.g. Reuters." };
        var from = DayOption("--from", "Only articles published on or after this day (YYYY-MM-DD).");
        var to = DayOption("--to", "Only articles published on or before this day (YYYY-MM-DD).");
        var format = FormatOption();
        var limit = LimitOption(50);
        var offset = new Option<int>("--offset") { Description = "Skip this many matching articles first (for paging).", DefaultValueFactory = _ => 0, HelpName = "N" };
        offset.Validators.Add(result => { if (result.GetValueOrDefault<int>() < 0) result.AddError("--offset must be 0 or more."); });

        var command = new Command("articles", "List stored articles, newest first, with optional filters.") { db, outlet, agency, from, to, format, limit, offset };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var query = new ArticleQuery(
                parseResult.GetValue(outlet), parseResult.GetValue(agency), parseResult.GetValue(from), parseResult.GetValue(to),
                parseResult.GetValue(offset), parseResult.GetValue(limit));
            var rows = await store.QueryArticlesAsync(query, cancellationToken);
            ListingWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format), SummaryColumns.For<ArticleSummary>(a => a), rows);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static Option<ListFormat> FormatOption() => new("--format")
    {
        Description = "Output format: table (for people), json (an array of objects) or csv.",
        DefaultValueFactory = _ => ListFormat.Table,
        HelpName = "table|json|csv",
    };

    internal static Option<DateOnly?> DayOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return day;
            result.AddError($"{name} takes a day as YYYY-MM-DD, not '{text}'.");
            return null;
        },
    };

    internal static Option<int> LimitOption(int defaultLimit)
    {
        var limit = new Option<int>("--limit") { Description = "Show at most this many rows.", DefaultValueFactory = _ => defaultLimit, HelpName = "N" };
        limit.Validators.Add(result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--limit must be 1 or more."); });
        return limit;
    }
}
