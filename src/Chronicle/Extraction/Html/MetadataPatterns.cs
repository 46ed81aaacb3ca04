using System.Globalization;

namespace Chronicle.Extraction.Html;

/// <summary>The metadata fields an element can carry by its class or id.</summary>
internal enum MetadataField : byte
{
    None,
    Byline,
    Standfirst,
    Breadcrumb,
}

/// <summary>Reads <c>Resources/extraction/html/metadata-patterns.tsv</c>: which class/id texts mark a byline, a standfirst or breadcrumbs.</summary>
internal sealed class MetadataPatterns
{
    private static readonly Lazy<MetadataPatterns> LazyDefault = new(() => Load(EmbeddedResources.ReadDataLines("extraction/html/metadata-patterns.tsv")));

    private readonly (MetadataField Field, string Pattern)[] patterns;

    private MetadataPatterns((MetadataField, string)[] patterns) => this.patterns = patterns;

    public static MetadataPatterns Default => LazyDefault.Value;

    public static MetadataPatterns Load(IEnumerable<(int LineNumber, string Line)> lines)
    {
        var list = new List<(MetadataField, string)>();
        foreach (var (number, line) in lines)
        {
            var parts = line.Split('\t');
            var field = parts.Length == 2 ? parts[0] switch
            {
                "byline" => MetadataField.Byline,
                "standfirst" => MetadataField.Standfirst,
                "breadcrumb" => MetadataField.Breadcrumb,
                _ => MetadataField.None,
            } : MetadataField.None;
            if (field == MetadataField.None)
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"metadata-patterns line {number}: expected 'byline|standfirst|breadcrumb TAB pattern'."));
            list.Add((field, parts[1].Trim().ToLowerInvariant()));
        }

        return new MetadataPatterns([.. list]);
    }

    /// <summary>The field the lowercased "class id" text marks, or None.</summary>
    public MetadataField Match(string lowerClassAndId)
    {
        foreach (var (field, pattern) in patterns)
        {
            if (lowerClassAndId.Contains(pattern, StringComparison.Ordinal))
                return field;
        }

        return MetadataField.None;
    }
}
