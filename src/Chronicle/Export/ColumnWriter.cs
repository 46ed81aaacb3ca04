using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Chronicle.Export;

/// <summary>Writes rows through a list of <see cref="Column{T}"/> as a JSON array, JSON lines or CSV, so the CLI's
/// listings and the API's exports speak the same columns.</summary>
public static class ColumnWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One JSON value, written compactly with the listings' escaping.</summary>
    public static string ToJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
            write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A JSON array, one object a line.</summary>
    public static void WriteJsonArray<T>(TextWriter output, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        output.Write('[');
        var first = true;
        foreach (var row in rows)
        {
            output.Write(first ? "\n" : ",\n");
            output.Write(Object(columns, row));
            first = false;
        }

        output.WriteLine(first ? "]" : "\n]");
    }

    /// <summary>JSON lines: one object a line, nothing around them.</summary>
    public static void WriteJsonLines<T>(TextWriter output, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            output.Write(Object(columns, row));
            output.Write('\n');
        }
    }

    /// <summary>RFC 4180 CSV with a header line.</summary>
    public static void WriteCsv<T>(TextWriter output, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        output.WriteLine(string.Join(',', columns.Select(c => CsvField(c.Name))));
        foreach (var row in rows)
            output.WriteLine(string.Join(',', columns.Select(c => CsvField(c.Text(row)))));
    }

    /// <summary>Writes rows as a JSON array of objects, one property per column, into a larger document.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        writer.WriteStartArray();
        foreach (var row in rows)
            WriteObject(writer, columns, row);
        writer.WriteEndArray();
    }

    private static string Object<T>(IReadOnlyList<Column<T>> columns, T row) => ToJson(writer => WriteObject(writer, columns, row));

    private static void WriteObject<T>(Utf8JsonWriter writer, IReadOnlyList<Column<T>> columns, T row)
    {
        writer.WriteStartObject();
        foreach (var column in columns)
            column.WriteJson(writer, row);
        writer.WriteEndObject();
    }

    private static string CsvField(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.AsSpan().IndexOfAny("\",\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
