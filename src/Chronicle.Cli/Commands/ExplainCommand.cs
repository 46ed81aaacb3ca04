using System.CommandLine;
using System.Globalization;
using System.Text;
using Chronicle.Cli.Listing;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle explain &lt;event id&gt;</c>: why an event was coded — its sentence with the source, verb phrase and
/// target marked, the rule that matched, its codes and weights, date, place, who reported it and the article.</summary>
public static class ExplainCommand
{
    private static readonly string[] QuadNames = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

    public static Command Create(TimeProvider time)
    {
        var db = StoreOption.Create();
        var id = new Argument<long>("event") { Description = "The event's id, as 'chronicle events' lists it." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("explain", "Show why an event was coded: its evidence, the matched rule and its codes.") { id, db, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var eventId = parseResult.GetValue(id);
            var found = await store.QueryEventsAsync(new EventQuery(Id: eventId, Limit: 1), cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            if (found.Count == 0)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"chronicle explain: no event {eventId.ToString(CultureInfo.InvariantCulture)} in this database.");
                return ExitCodes.SomeInputsFailed;
            }

            var e = found[0];
            if (parseResult.GetValue(format) == "json")
                ListingWriter.Write(output, ListFormat.Json, EventColumns.All, found);
            else
                await output.WriteAsync(Explain(e));
            await output.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The explanation as text; the evidence sentence marks the source [like this], the verb phrase «like this» and the target {like this}.</summary>
    internal static string Explain(StoredEvent e)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"Event {e.Id}: {e.Source ?? e.SourceName ?? "?"} {e.Cameo.Code} {e.Target ?? e.TargetName ?? "-"} — {e.Cameo.Name}");
        text.AppendLine(c, $"  status       {e.Status} (confidence {e.Confidence:0.00})");
        text.AppendLine(c, $"  date         {e.Date ?? "(none; the article's date is " + (e.Published ?? "unknown") + ")"}");
        text.AppendLine(c, $"  location     {e.Location ?? "-"}");
        text.AppendLine(c, $"  reported by  {Join(e.ReportedBy, e.ReportedByName) ?? "the outlet itself"}");
        text.AppendLine(c, $"  source       {Join(e.Source, e.SourceName) ?? "-"}");
        text.AppendLine(c, $"  target       {Join(e.Target, e.TargetName) ?? "-"}");
        var quad = e.Cameo.QuadClass is >= 1 and <= 4 ? QuadNames[e.Cameo.QuadClass] : "?";
        text.AppendLine(c, $"  CAMEO        {e.Cameo.Code} (root {e.Cameo.Root}), quad class {e.Cameo.QuadClass} ({quad}), Goldstein {e.Cameo.Goldstein:+0.0;-0.0;0.0}");
        text.AppendLine(c, $"  PLOVER       {e.Cameo.Plover}{(e.Cameo.PloverMode is { } mode ? " (" + mode + ")" : "")}");
        text.AppendLine(c, $"  rule         {e.Rule}");
        text.AppendLine(c, $"  article      {e.ArticleId}: {e.ArticleTitle ?? "(untitled)"} — {e.Outlet ?? "unknown outlet"}, {e.Published ?? "undated"}");
        if (e.Url is not null)
            text.AppendLine(c, $"               {e.Url}");
        text.AppendLine(c, $"  evidence     {Marked(e)}");
        return text.ToString();
    }

    private static string? Join(string? code, string? name) =>
        code is null ? name : name is null || name == code ? code : $"{code} ({name})";

    /// <summary>The sentence with its spans marked; spans that do not fit inside it are left unmarked.</summary>
    private static string Marked(StoredEvent e)
    {
        var s = e.Spans;
        var marks = new List<(int At, string Mark)>();
        void Add(int? start, int? end, string open, string close)
        {
            if (start is not { } a || end is not { } b || a < s.SentenceStart || b > s.SentenceEnd || b <= a)
                return;
            marks.Add((a - s.SentenceStart, open));
            marks.Add((b - s.SentenceStart, close));
        }

        Add(s.SourceStart, s.SourceEnd, "[", "]");
        Add(s.VerbStart, s.VerbEnd, "«", "»");
        Add(s.TargetStart, s.TargetEnd, "{", "}");
        var sentence = new StringBuilder(e.Sentence);
        foreach (var (at, mark) in marks.OrderByDescending(m => m.At).ThenBy(m => m.Mark is "]" or "»" or "}" ? 0 : 1))
        {
            if (at <= sentence.Length)
                sentence.Insert(at, mark);
        }

        return sentence.ToString();
    }
}
