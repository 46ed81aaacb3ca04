using System.Reflection;

namespace Chronicle;

/// <summary>Reads the data files under <c>src/Chronicle/Resources</c>, embedded in the library at build time.</summary>
public static class EmbeddedResources
{
    private static readonly Assembly Assembly = typeof(EmbeddedResources).Assembly;

    /// <summary>Opens a resource by its path below Resources, with forward slashes: <c>actors/countries.tsv</c>.</summary>
    public static Stream Open(string relativePath) =>
        Assembly.GetManifestResourceStream("Chronicle.Resources." + relativePath)
        ?? throw new FileNotFoundException($"No embedded resource '{relativePath}' in {Assembly.GetName().Name}.", relativePath);

    public static string ReadAllText(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        return reader.ReadToEnd();
    }

    /// <summary>The data lines of a resource: blank lines and lines starting with '#' are skipped; the 1-based line number is kept for error reports.</summary>
    public static IEnumerable<(int LineNumber, string Line)> ReadDataLines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            yield return (number, line);
        }
    }

    public static IEnumerable<(int LineNumber, string Line)> ReadDataLines(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        foreach (var item in ReadDataLines(reader))
            yield return item;
    }
}
