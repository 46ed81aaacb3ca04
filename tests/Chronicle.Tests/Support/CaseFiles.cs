namespace Chronicle.Tests.Support;

/// <summary>Reads the table-driven cases under <c>Cases/</c> (copied beside the test binary): tab-separated lines, '#' comments.</summary>
public static class CaseFiles
{
    public static string PathOf(string relativePath) => Path.Combine(AppContext.BaseDirectory, "Cases", relativePath);

    public static IEnumerable<string[]> ReadTsv(string relativePath)
    {
        foreach (var line in File.ReadLines(PathOf(relativePath)))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            yield return line.Split('\t');
        }
    }
}
