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

/// <summary>
/// Reads class/id conventions from <c>Resources/extraction/html/class-patterns.tsv</c> and tells whether an element
/// holds the main text or boilerplate. Each class name and the id are judged on their own; content wins.
/// </summary>
public sealed class ClassPatterns
{
    private static readonly Lazy<ClassPatterns> LazyDefault = new(() => Load(EmbeddedResources.ReadDataLines("extraction/html/class-patterns.tsv")));

    private readonly Rules content;
    private readonly Rules boilerplate;
    private readonly Rules ignore;

    private ClassPatterns(Rules content, Rules boilerplate, Rules ignore)
    {
        this.content = content;
        this.boilerplate = boilerplate;
        this.ignore = ignore;
    }

    public static ClassPatterns Default => LazyDefault.Value;

    /// <summary>Builds the patterns from data lines (<c>kind TAB match TAB pattern</c>); a malformed line throws, naming its number.</summary>
    public static ClassPatterns Load(IEnumerable<(int LineNumber, string Line)> lines)
    {
        var builders = new Dictionary<string, RulesBuilder>(StringComparer.Ordinal)
        {
            ["content"] = new(), ["boilerplate"] = new(), ["ignore"] = new(),
        };
        foreach (var (number, line) in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || !builders.TryGetValue(parts[0], out var builder) || !builder.TryAdd(parts[1], parts[2].Trim().ToLowerInvariant()))
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"class-patterns line {number}: expected 'content|boilerplate|ignore TAB name|prefix|substring TAB pattern'."));
        }

        return new ClassPatterns(builders["content"].Build(), builders["boilerplate"].Build(), builders["ignore"].Build());
    }

    /// <summary>Classifies the lowercased class attribute and id of an element (separated by whitespace).</summary>
    public ClassHint Classify(string lowerClassAndId)
    {
        var hint = ClassHint.Neutral;
        foreach (var range in lowerClassAndId.AsSpan().SplitAny(" \t\r\n\f"))
        {
            var name = lowerClassAndId.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (name.IsEmpty || ignore.Matches(name))
                continue;
            if (content.Matches(name))
                return ClassHint.Content;
            if (hint == ClassHint.Neutral && boilerplate.Matches(name))
                hint = ClassHint.Boilerplate;
        }

        return hint;
    }

    private sealed class Rules(FrozenSet<string> names, string[] prefixes, string[] substrings)
    {
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names = names.GetAlternateLookup<ReadOnlySpan<char>>();

        public bool Matches(ReadOnlySpan<char> name)
        {
            if (names.Contains(name))
                return true;
            foreach (var prefix in prefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                    return true;
            }

            foreach (var substring in substrings)
            {
                if (name.Contains(substring, StringComparison.Ordinal))
                    return true;
            }

            return false;
        }
    }

    private sealed class RulesBuilder
    {
        private readonly List<string> names = [];
        private readonly List<string> prefixes = [];
        private readonly List<string> substrings = [];

        public bool TryAdd(string match, string pattern)
        {
            var list = match switch { "name" => names, "prefix" => prefixes, "substring" => substrings, _ => null };
            list?.Add(pattern);
            return list is not null && pattern.Length > 0;
        }

        public Rules Build() => new(names.ToFrozenSet(StringComparer.Ordinal), [.. prefixes], [.. substrings]);
    }
}
