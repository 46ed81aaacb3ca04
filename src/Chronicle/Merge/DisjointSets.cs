namespace Chronicle.Merge;

/// <summary>Union-find over items numbered 0, 1, 2… as they are added. The root of a set is always the member that
/// <paramref name="rootOrder"/> puts first, so a set's representative does not depend on the order of unions — what
/// makes Chronicle's groups, events and stories the same whatever order documents arrive in.</summary>
internal sealed class DisjointSets(Comparison<int> rootOrder)
{
    private readonly List<int> parent = [];

    public int Count => parent.Count;

    /// <summary>Adds an item in a set of its own and returns its number.</summary>
    public int Add()
    {
        parent.Add(parent.Count);
        return parent.Count - 1;
    }

    public int Find(int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }

    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
            return;
        if (rootOrder(ra, rb) <= 0)
            parent[rb] = ra;
        else
            parent[ra] = rb;
    }
}
