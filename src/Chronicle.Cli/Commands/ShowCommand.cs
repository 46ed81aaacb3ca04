using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Cli.Listing;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle show &lt;id&gt; [--format text|json]</c>: one stored article, whole, with where it came from.</summary>
public static class ShowCommand
{
    public enum ShowFormat
    {
        Text,
        Json,
    }

    public static Command Create(TimeProvider time)
    {
        var db = StoreOption.Create();
        var id = new Argument<long>("id") { Description = "The article's id, as listed by 'chronicle articles' or 'chronicle search'." };
        var format = new Option<ShowFormat>("--format")
        {
            Description = "Output format: text (for reading) or json (the extract fields plus id and provenance).",
            DefaultValueFactory = _ => ShowFormat.Text,
            HelpName = "text|json",
        };
        var command = new Command("show", "Show one stored article: metadata, body and provenance.") { id, db, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var store = await StoreOption.OpenAsync(parseResult, db, time, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            var wanted = parseResult.GetValue(id);
            if (await store.GetArticleAsync(wanted, cancellationToken) is not { } article)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"chronicle: no article with id {wanted.ToString(CultureInfo.InvariantCulture)}");
                return ExitCodes.SomeInputsFailed;
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == ShowFormat.Json)
                await output.WriteLineAsync(ListingWriter.ToJson(writer => WriteJson(writer, article)));
            else
                await output.WriteAsync(ToText(article));
            return ExitCodes.Success;
        });
        return command;
    }

    public static string ToText(StoredArticle stored)
    {
        var a = stored.Article;
        var p = stored.Provenance;
        var lines = new List<string> { a.Title ?? "(no title)", new('=', Math.Clamp((a.Title ?? "").Length, 10, 100)) };
        AddField(lines, "id", stored.Id.ToString(CultureInfo.InvariantCulture));
        AddField(lines, "published", a.Published?.ToIsoString());
        AddField(lines, "outlet", a.Outlet);
        AddField(lines, "agencies", a.Agencies.Count == 0 ? null : string.Join(", ", a.Agencies));
        AddField(lines, "byline", a.Byline);
        AddField(lines, "section", a.Section);
        AddField(lines, "language", a.Language);
        AddField(lines, "url", a.Url);
        lines.Add("");
        if (a.Standfirst is { } standfirst)
            lines.AddRange([standfirst, ""]);
        foreach (var paragraph in a.Paragraphs)
            lines.AddRange([paragraph, ""]);
        AddField(lines, "source", p.Describe());
        AddField(lines, "document id", stored.DocumentId);
        AddField(lines, "fetched", p.Fetched?.ToString("O", CultureInfo.InvariantCulture));
        AddField(lines, "sha256", p.Sha256);
        AddField(lines, "stored", stored.Stored.ToString("O", CultureInfo.InvariantCulture));
        return string.Join('\n', lines) + "\n";
    }

    private static void AddField(List<string> lines, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            lines.Add($"{name + ":",-10} {value}");
    }

    private static void WriteJson(Utf8JsonWriter json, StoredArticle stored)
    {
        var a = stored.Article;
        json.WriteStartObject();
        json.WriteNumber("id", stored.Id);
        json.WriteString("title", a.Title);
        json.WriteString("published", a.Published?.ToIsoString());
        json.WriteString("outlet", a.Outlet);
        WriteArray(json, "agencies", a.Agencies);
        json.WriteString("byline", a.Byline);
        json.WriteString("section", a.Section);
        json.WriteString("standfirst", a.Standfirst);
        WriteArray(json, "paragraphs", a.Paragraphs);
        json.WriteString("language", a.Language);
        json.WriteString("url", a.Url);
        json.WriteStartObject("provenance");
        json.WriteString("source", stored.Provenance.Source);
        if (stored.Provenance.RecordOffset is { } offset)
            json.WriteNumber("record_offset", offset);
        else
            json.WriteNull("record_offset");
        json.WriteString("url", stored.Provenance.Url);
        json.WriteString("fetched", stored.Provenance.Fetched?.ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("sha256", stored.Provenance.Sha256);
        json.WriteString("document_id", stored.DocumentId);
        json.WriteString("stored", stored.Stored.ToString("O", CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
            json.WriteStringValue(item);
        json.WriteEndArray();
    }
}
