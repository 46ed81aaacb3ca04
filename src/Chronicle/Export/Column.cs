using System.Text.Json;

namespace Chronicle.Export;

/// <summary>One column of a listing: its name, its text for tables and CSV and, when the text is not enough, how it is written in JSON.</summary>
public sealed record Column<T>(string Name, Func<T, string?> Text, Action<Utf8JsonWriter, T>? Json = null)
{
    /// <summary>Whether the table shows it; JSON and CSV always carry every column.</summary>
    public bool InTable { get; init; } = true;

    public void WriteJson(Utf8JsonWriter writer, T row)
    {
        writer.WritePropertyName(Name);
        if (Json is not null)
            Json(writer, row);
        else if (Text(row) is { } text)
            writer.WriteStringValue(text);
        else
            writer.WriteNullValue();
    }
}
