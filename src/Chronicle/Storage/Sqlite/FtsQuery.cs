using System.Text;

namespace Chronicle.Storage.Sqlite;

/// <summary>
/// Turns what a user types into an FTS5 query that cannot be a syntax error: every word or "quoted phrase" becomes an
/// FTS5 string (so <c>Jong-un</c> or <c>U.S.</c> search as phrases), a trailing <c>*</c> keeps prefix search and an
/// upper-case <c>OR</c> between two terms stays an operator. Terms are otherwise joined by AND.
/// </summary>
internal static class FtsQuery
{
    public static Result<string> Build(string text)
    {
        var terms = new List<string>();
        var pendingOr = false;
        foreach (var (chunk, quoted) in Chunks(text))
        {
            if (!quoted && chunk == "OR")
            {
                pendingOr = terms.Count > 0;
                continue;
            }

            var prefix = !quoted && chunk.EndsWith('*');
            var words = prefix ? chunk.TrimEnd('*') : chunk;
            if (!words.Any(char.IsLetterOrDigit))
                continue;
            var term = "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (prefix ? "*" : "");
            terms.Add(pendingOr ? "OR " + term : term);
            pendingOr = false;
        }

        return terms.Count == 0
            ? Result<string>.Fail("the search query has no word to look for")
            : string.Join(' ', terms);
    }

    private static IEnumerable<(string Chunk, bool Quoted)> Chunks(string text)
    {
        var current = new StringBuilder();
        var inQuotes = false;
        foreach (var c in text)
        {
            // A control character (NUL above all, which ends SQLite's copy of the string) separates words like a space.
            if (char.IsControl(c) && inQuotes)
            {
                current.Append(' ');
                continue;
            }

            if (c == '"' || (!inQuotes && (char.IsWhiteSpace(c) || char.IsControl(c))))
            {
                if (current.Length > 0)
                    yield return (current.ToString(), inQuotes);
                current.Clear();
                if (c == '"')
                    inQuotes = !inQuotes;
                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
            yield return (current.ToString(), inQuotes);
    }
}
