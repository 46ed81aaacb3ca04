using System.Text.Json;

namespace Chronicle.Benchmarks;

/// <summary>One labelled page of an extraction evaluation set: strings that must be in the main text, strings that must not, and the title when labelled.</summary>
public sealed record LabelledPage(string Url, string File, IReadOnlyList<string> With, IReadOnlyList<string> Without, string? Title);

/// <summary>Reads an evaluation file in the format of <c>../shared/datasets/extraction-dev/evaldata.json</c>: <c>{url: {"file", "with", "without", "title"?, …}}</c>.</summary>
public static class ExtractionLabels
{
    public static Result<IReadOnlyList<LabelledPage>> Load(string path)
    {
        if (!System.IO.File.Exists(path))
            return Result<IReadOnlyList<LabelledPage>>.Fail($"{path}: no such file");
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            return Parse(stream);
        }
        catch (JsonException e)
        {
            return Result<IReadOnlyList<LabelledPage>>.Fail($"{path}: not valid JSON ({e.Message})");
        }
    }

    /// <summary>Parses the labels; pages without a "file" are skipped. Throws <see cref="JsonException"/> on malformed JSON.</summary>
    public static Result<IReadOnlyList<LabelledPage>> Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            return Result<IReadOnlyList<LabelledPage>>.Fail("labels: the top level is not an object of pages");
        var pages = new List<LabelledPage>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var value = entry.Value;
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("file", out var file) || file.GetString() is not { } fileName)
                continue;
            pages.Add(new LabelledPage(entry.Name, fileName, Strings(value, "with"), Strings(value, "without"),
                value.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null));
        }

        return pages;
    }

    private static List<string> Strings(JsonElement page, string name)
    {
        var list = new List<string>();
        if (page.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
                    list.Add(text);
            }
        }

        return list;
    }
}
