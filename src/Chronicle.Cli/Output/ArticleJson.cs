using System.Text.Json.Serialization;
using Chronicle.Extraction;

namespace Chronicle.Cli.Output;

/// <summary>The JSON shape of an extracted article (PRODUCT.md, "Contracts"); the field order is the declaration order.</summary>
internal sealed record ArticleJson
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public string? Outlet { get; init; }

    public IReadOnlyList<string> Agencies { get; init; } = [];

    public string? Byline { get; init; }

    public string? Section { get; init; }

    public string? Standfirst { get; init; }

    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    public string? Language { get; init; }

    public static ArticleJson From(Article article) => new()
    {
        Title = article.Title,
        Published = article.Published?.ToIsoString(),
        Outlet = article.Outlet,
        Agencies = article.Agencies,
        Byline = article.Byline,
        Section = article.Section,
        Standfirst = article.Standfirst,
        Paragraphs = article.Paragraphs,
        Language = article.Language,
    };
}
