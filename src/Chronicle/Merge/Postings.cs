using System.Runtime.InteropServices;

namespace Chronicle.Merge;

/// <summary>Items filed under keys (blocks, features), so that a new item meets only the earlier items it shares a key with.</summary>
internal sealed class Postings
{
    private readonly Dictionary<string, List<int>> _lists = new(StringComparer.Ordinal);

    /// <summary>Files <paramref name="item"/> under <paramref name="keys"/>, calling <paramref name="meet"/> once for each
    /// earlier item filed under any of them.</summary>
    public void Add(int item, IEnumerable<string> keys, Action<int> meet)
    {
        var seen = new HashSet<int>();
        foreach (var key in keys)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_lists, key, out _);
            list ??= [];
            foreach (var other in list)
            {
                if (seen.Add(other))
                    meet(other);
            }

            list.Add(item);
        }
    }
}
