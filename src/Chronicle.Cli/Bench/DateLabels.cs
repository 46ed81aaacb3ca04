using System.Text.Json;

namespace Chronicle.Cli.Bench;

/// <summary>Reads the dataset's label files (<c>{url: {"file", "date"}}</c>) and finds each page beside them.</summary>
internal static class DateLabels
{
    /// <summary>The label files are JSON written by Python, which writes a missing date as the bare token NaN.</summary>
    public static IReadOnlyList<DateLabel> Read(string labelFile)
    {
        var text = File.ReadAllText(labelFile).Replace(": NaN", ": null", StringComparison.Ordinal);
        var folder = Path.GetDirectoryName(Path.GetFullPath(labelFile))!;
        var pageFolders = Directory.GetDirectories(folder);
        var labels = new List<DateLabel>();
        using var json = JsonDocument.Parse(text);
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString() ?? string.Empty;
            var date = entry.Value.TryGetProperty("date", out var value) && value.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : (DateOnly?)null;
            var path = pageFolders.Select(dir => Path.Combine(dir, file)).FirstOrDefault(File.Exists);
            labels.Add(new DateLabel(entry.Name, path, date));
        }

        return labels;
    }

    /// <summary>The label files of a dataset folder: <c>*.json</c> at its top or in its <c>tests</c> folder.</summary>
    public static IEnumerable<string> FindLabelFiles(string folder)
    {
        foreach (var candidate in new[] { folder, Path.Combine(folder, "tests") })
        {
            if (!Directory.Exists(candidate))
                continue;
            foreach (var file in Directory.GetFiles(candidate, "*.json").Order(StringComparer.Ordinal))
                yield return file;
        }
    }
}
