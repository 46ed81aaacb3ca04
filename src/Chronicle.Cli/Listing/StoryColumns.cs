using System.Globalization;
using Chronicle.Storage;

namespace Chronicle.Cli.Listing;

/// <summary>The columns of a story in a list.</summary>
public static class StoryColumns
{
    public static IReadOnlyList<Column<StoredStory>> All { get; } =
    [
        new("id", s => s.Id.ToString(CultureInfo.InvariantCulture), (json, s) => json.WriteNumberValue(s.Id)),
        new("title", s => s.Title),
        new("span", Span),
        new("first", s => Day(s.First)) { InTable = false },
        new("last", s => Day(s.Last)) { InTable = false },
        new("articles", s => s.Articles.ToString(CultureInfo.InvariantCulture), (json, s) => json.WriteNumberValue(s.Articles)),
        new("events", s => s.Events.ToString(CultureInfo.InvariantCulture), (json, s) => json.WriteNumberValue(s.Events)),
    ];

    /// <summary><c>2024-10-18</c>, or <c>2024-10-18..2024-10-25</c> for a story over several days; empty when undated.</summary>
    public static string Span(StoredStory story) =>
        story.First == story.Last ? Day(story.First) ?? "" : $"{Day(story.First)}..{Day(story.Last)}";

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
