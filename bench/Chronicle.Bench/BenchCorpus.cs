using Chronicle.Ingest;

namespace Chronicle.Bench;

/// <summary>Inputs for the benchmarks, read from the repository and from ../shared beside it.</summary>
public static class BenchCorpus
{
    public static string Root { get; } = FindRoot();

    /// <summary>The text dumps: the seed pages and the handmade text cases.</summary>
    public static IReadOnlyList<SourceDocument> TextDumps()
    {
        var folders = new[]
        {
            Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds")),
            Path.Combine(Root, "tests", "Chronicle.Tests", "Cases", "text"),
        };
        return folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(p => new SourceDocument(Path.GetFileName(p), File.ReadAllText(p), DocumentFormat.Text, new Provenance(p, null, null, null, "-")))
            .ToList();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"Chronicle.slnx not found above {AppContext.BaseDirectory}.");
    }
}
