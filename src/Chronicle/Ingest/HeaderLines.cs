namespace Chronicle.Ingest;

/// <summary>Parses <c>Name: value</c> header lines (WARC and HTTP share the syntax); names compare case-insensitively, the first occurrence wins.</summary>
internal static class HeaderLines
{
    public static Dictionary<string, string> Parse(ReadOnlySpan<string> lines)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines)
            Add(headers, raw);
        return headers;
    }

    public static void Add(Dictionary<string, string> headers, string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
            return;
        headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
    }
}
