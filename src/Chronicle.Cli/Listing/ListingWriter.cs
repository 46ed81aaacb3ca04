using System.Text.Json;
using Spectre.Console;

namespace Chronicle.Cli.Listing;

/// <summary>Writes rows as a table, a JSON array or CSV, from one list of columns, so every list command speaks all three.</summary>
public static class ListingWriter
{
    public static void Write<T>(TextWriter output, ListFormat format, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows)
    {
        switch (format)
        {
            case ListFormat.Json:
                ColumnWriter.WriteJsonArray(output, columns, rows);
                break;
            case ListFormat.Csv:
                ColumnWriter.WriteCsv(output, columns, rows);
                break;
            default:
                WriteTable(output, columns, rows);
                break;
        }

        output.Flush();
    }

    /// <summary>One JSON object, written compactly with the same escaping as the listings.</summary>
    public static string ToJson(Action<Utf8JsonWriter> write) => ColumnWriter.ToJson(write);

    /// <summary>A Spectre console over <paramref name="output"/>: colour and width only when it is a terminal.</summary>
    public static IAnsiConsole Console(TextWriter output) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

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
