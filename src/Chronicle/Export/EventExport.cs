using Chronicle.Storage;

namespace Chronicle.Export;

/// <summary>The file formats events export to, shared by <c>chronicle events</c> and the API's export.</summary>
public enum EventExportFormat
{
    /// <summary>A JSON array of <see cref="EventColumns"/> objects.</summary>
    Json,

    /// <summary>One <see cref="EventColumns"/> object a line.</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV of <see cref="EventColumns"/> with a header line.</summary>
    Csv,

    /// <summary>The GDELT 2.0 event export's 61 tab-separated columns (<see cref="GdeltEventTsv"/>).</summary>
    Tsv,
}

/// <summary>Writes events in one of the <see cref="EventExportFormat"/>s.</summary>
public static class EventExport
{
    /// <summary>The format named <paramref name="name"/> (json, jsonl, csv, tsv; any case), or null.</summary>
    public static EventExportFormat? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "json" => EventExportFormat.Json,
        "jsonl" => EventExportFormat.Jsonl,
        "csv" => EventExportFormat.Csv,
        "tsv" => EventExportFormat.Tsv,
        _ => null,
    };

    /// <summary>The media type of a format, for HTTP answers.</summary>
    public static string MediaType(EventExportFormat format) => format switch
    {
        EventExportFormat.Json => "application/json",
        EventExportFormat.Jsonl => "application/jsonl",
        EventExportFormat.Csv => "text/csv",
        _ => "text/tab-separated-values",
    };

    /// <param name="added">When the rows were exported: GDELT's DATEADDED column.</param>
    public static void Write(TextWriter output, EventExportFormat format, IEnumerable<StoredEvent> rows, DateTimeOffset added)
    {
        switch (format)
        {
            case EventExportFormat.Json:
                ColumnWriter.WriteJsonArray(output, EventColumns.All, rows);
                break;
            case EventExportFormat.Jsonl:
                ColumnWriter.WriteJsonLines(output, EventColumns.All, rows);
                break;
            case EventExportFormat.Csv:
                ColumnWriter.WriteCsv(output, EventColumns.All, rows);
                break;
            default:
                GdeltEventTsv.Write(output, rows, added);
                break;
        }

        output.Flush();
    }
}
