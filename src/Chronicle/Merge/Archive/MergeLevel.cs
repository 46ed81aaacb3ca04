namespace Chronicle.Merge.Archive;

/// <summary>The three groupings merging keeps: copies of one text, reports of one happening, articles of one story.</summary>
public enum MergeLevel
{
    Origin,
    Event,
    Story,
}
