namespace Chronicle.Language;

/// <summary>Recognises a URL (<c>https://…</c>, <c>www.…</c>) at a position so that its periods neither split words nor end
/// sentences. Trailing sentence punctuation is left outside the URL.</summary>
internal static class UrlScanner
{
    public static int Length(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (!(span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || span.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            return 0;
        var length = 0;
        while (length < span.Length && !char.IsWhiteSpace(span[length]) && span[length] is not ('"' or '“' or '”' or '<' or '>'))
            length++;
        while (length > 0 && span[length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’')
            length--;
        return length;
    }
}
