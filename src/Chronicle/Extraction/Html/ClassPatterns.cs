using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Extraction.Html;

/// <summary>What an element's class and id say about it.</summary>
public enum ClassHint : byte
{
    Neutral,
    Content,
    Boilerplate,
}

/// <summary>Reads class/id conventions from <c>Resources/extraction/html/class-patterns.tsv</c> and tells whether an element holds the main text or boilerplate.</summary>
public sealed class ClassPatterns
{
    private static readonly Lazy<ClassPatterns> LazyDefault = new(() => Load(EmbeddedResources.ReadDataLines("extraction/html/class-patterns.tsv")));

    private readonly string[] contentSubstrings;
    private readonly string[] boilerplateSubstrings;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> boilerplateTokens;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> contentTokens;

    private ClassPatterns(string[] contentSubstrings, string[] boilerplateSubstrings, IEnumerable<string> contentTokens, IEnumerable<string> boilerplateTokens)
    {
        this.contentSubstrings = contentSubstrings;
        this.boilerplateSubstrings = boilerplateSubstrings;
        this.contentTokens = contentTokens.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.boilerplateTokens = boilerplateTokens.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ClassPatterns Default => LazyDefault.Value;

    /// <summary>Builds the patterns from data lines (<c>kind TAB match TAB pattern</c>); a malformed line throws, naming its number.</summary>
    public static ClassPatterns Load(IEnumerable<(int LineNumber, string Line)> lines)
    {
        var contentSub = new List<string>();
        var boilerSub = new List<string>();
        var contentTok = new List<string>();
        var boilerTok = new List<string>();
        foreach (var (number, line) in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3)
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"class-patterns line {number}: expected 3 tab-separated columns."));
            var pattern = parts[2].Trim().ToLowerInvariant();
            var list = (parts[0], parts[1]) switch
            {
                ("content", "substring") => contentSub,
                ("content", "token") => contentTok,
                ("boilerplate", "substring") => boilerSub,
                ("boilerplate", "token") => boilerTok,
                _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"class-patterns line {number}: unknown kind or match '{parts[0]} {parts[1]}'.")),
            };
            list.Add(pattern);
        }

        return new ClassPatterns([.. contentSub], [.. boilerSub], contentTok, boilerTok);
    }

    /// <summary>Classifies the lowercased "class id" text of an element. Content wins over boilerplate: "article-body-share" is rare, "entry-content" inside a "comment" name rarer still.</summary>
    public ClassHint Classify(string lowerClassAndId)
    {
        if (lowerClassAndId.Length == 0)
            return ClassHint.Neutral;
        foreach (var pattern in contentSubstrings)
        {
            if (lowerClassAndId.Contains(pattern, StringComparison.Ordinal))
                return ClassHint.Content;
        }

        var span = lowerClassAndId.AsSpan();
        var hint = ClassHint.Neutral;
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsAsciiLetterOrDigit(span[i]))
                i++;
            var start = i;
            while (i < span.Length && char.IsAsciiLetterOrDigit(span[i]))
                i++;
            if (i == start)
                continue;
            var token = span[start..i];
            if (contentTokens.Contains(token))
                return ClassHint.Content;
            if (boilerplateTokens.Contains(token))
                hint = ClassHint.Boilerplate;
        }

        if (hint == ClassHint.Boilerplate)
            return hint;
        foreach (var pattern in boilerplateSubstrings)
        {
            if (lowerClassAndId.Contains(pattern, StringComparison.Ordinal))
                return ClassHint.Boilerplate;
        }

        return ClassHint.Neutral;
    }
}
