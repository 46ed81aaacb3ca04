using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chronicle.Cli.Output;

/// <summary>Source-generated snake_case serialisation of extract's output; non-ASCII stays readable ("’", not "\u2019").</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ArticleJson))]
[JsonSerializable(typeof(ErrorJson))]
internal sealed partial class ExtractJsonContext : JsonSerializerContext
{
    /// <summary>One object a line.</summary>
    public static ExtractJsonContext Lines { get; } = new(CreateOptions(indented: false));

    /// <summary>A single, indented object.</summary>
    public static ExtractJsonContext Indented { get; } = new(CreateOptions(indented: true));

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };
}
