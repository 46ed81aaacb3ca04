namespace Chronicle.Merge.Archive;

/// <summary>The key of a group, event or story: the store id of its first member by <see cref="Order"/>, a text that
/// sorts ordinally by content (hash, date), never by arrival, so any ingest order gives the same roots.</summary>
public readonly record struct MergeRoot(long Id, string Order)
{
    /// <summary>The first of <paramref name="self"/> and <paramref name="others"/> in content order.</summary>
    public static MergeRoot First(MergeRoot self, IEnumerable<MergeRoot> others)
    {
        var first = self;
        foreach (var other in others)
        {
            if (string.CompareOrdinal(other.Order, first.Order) < 0)
                first = other;
        }

        return first;
    }
}
