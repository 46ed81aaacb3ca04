namespace Chronicle.Tests.Support;

/// <summary>Reads the table-driven case files under <c>Cases/</c>: one case a line, tab-separated columns,
/// '#' comments and blank lines skipped, <c>\n</c> standing for a line break.</summary>
public static class CaseFile
{
    public static IEnumerable<(int Line, string[] Columns)> Read(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", relativePath);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            yield return (number, line.Split('\t').Select(c => c.Replace("\\n", "\n", StringComparison.Ordinal)).ToArray());
        }
    }

    /// <summary>The rows as theory data: the line number first (so that a failure names its line), then the columns.</summary>
    public static TheoryData<int, string[]> Theory(string relativePath)
    {
        var data = new TheoryData<int, string[]>();
        foreach (var (line, columns) in Read(relativePath))
            data.Add(line, columns);
        return data;
    }
}
