namespace Chronicle;

/// <summary>Reads the lines of a TABARI/PETRARCH dictionary (actors, agents, verbs): comments cut, blank lines skipped,
/// 1-based line numbers kept for error reports.</summary>
public static class TabariDictionaryLines
{
    /// <summary>The data lines of <paramref name="reader"/>, trimmed, with everything from a comment character on removed.</summary>
    public static IEnumerable<(int LineNumber, string Line)> Read(TextReader reader, params char[] commentStarts)
    {
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var cut = raw.IndexOfAny(commentStarts);
            var line = (cut < 0 ? raw : raw[..cut]).Trim();
            if (line.Length > 0)
                yield return (number, line);
        }
    }
}
