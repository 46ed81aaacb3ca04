using System.Text.Json.Serialization;

namespace Chronicle.Cli.Output;

/// <summary>The JSON line written for an input that failed: its path (and id, url when the document loaded) and the reason.</summary>
internal sealed record ErrorJson(
    string Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url,
    string Error);
