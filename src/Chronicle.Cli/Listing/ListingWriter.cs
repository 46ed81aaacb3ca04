using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Chronicle.Cli.Listing;

/// <summary>Writes rows as a table, a JSON array or CSV, from one list of columns, so every list command speaks all three.</summary>
public static class ListingWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write<T>(TextWriter output, ListFormat format, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows)
    {
        switch (format)
        {
            case ListFormat.Json:
                WriteJson(output, columns, rows);
                break;
            case ListFormat.Csv:
                WriteCsv(output, columns, rows);
                break;
            default:
                WriteTable(output, columns, rows);
                break;
        }

        output.Flush();
    }

    /// <summary>One JSON object, written compactly with the same escaping as the listings.</summary>
    public static string ToJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
            write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A Spectre console over <paramref name="output"/>: colour and width only when it is a terminal.</summary>
    public static IAnsiConsole Console(TextWriter output) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

    /// <summary>Writes rows as a JSON array of objects, one property per column, into a larger document.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        writer.WriteStartArray();
        foreach (var row in rows)
            WriteObject(writer, columns, row);
        writer.WriteEndArray();
    }

    private static void WriteObject<T>(Utf8JsonWriter writer, IReadOnlyList<Column<T>> columns, T row)
    {
        writer.WriteStartObject();
        foreach (var column in columns)
            column.WriteJson(writer, row);
        writer.WriteEndObject();
    }

    private static void WriteJson<T>(TextWriter output, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows)
    {
        output.Write('[');
        for (var i = 0; i < rows.Count; i++)
        {
            output.Write(i == 0 ? "\n" : ",\n");
            var row = rows[i];
            output.Write(ToJson(writer => WriteObject(writer, columns, row)));
        }

        output.WriteLine(rows.Count == 0 ? "]" : "\n]");
    }

    private static void WriteCsv<T>(TextWriter output, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows)
    {
        output.WriteLine(string.Join(',', columns.Select(c => CsvField(c.Name))));
        foreach (var row in rows)
            output.WriteLine(string.Join(',', columns.Select(c => CsvField(c.Text(row)))));
    }

    private static string CsvField(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.AsSpan().IndexOfAny("\",\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteTable<T>(TextWriter output, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows)
    {
        var shown = columns.Where(c => c.InTable).ToList();
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in shown)
            table.AddColumn(new TableColumn(Markup.Escape(column.Name)));
        foreach (var row in rows)
            table.AddRow(shown.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c.Text(row) ?? "")).ToArray());
        Console(output).Write(table);
    }
}
