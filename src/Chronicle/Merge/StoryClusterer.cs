using System.Runtime.InteropServices;

namespace Chronicle.Merge;

/// <summary>Clusters articles into stories that develop over time. Two articles are linked when the cosine similarity
/// of their descriptions (top terms and actor codes), decayed by the days between them, reaches a threshold and they
/// share a key term (one of each one's heaviest); a story is a connected component of links. Actor codes weigh in the
/// similarity but are never keys: a shared country alone does not make a story, and it would make every article a
/// candidate of every other. Similarity depends on the two articles alone (no corpus statistics), so adding
/// articles one at a time or all at once, in any order, gives the same stories; a new article only looks up the
/// articles that share a key with it inside the time window.</summary>
public sealed class StoryClusterer
{
    private const string TermPrefix = "t:";

    private readonly StoryOptions _options;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<Description> _articles = [];
    private readonly Postings _postings = new();

    private readonly DisjointSets _sets;

    public StoryClusterer(StoryOptions? options = null)
    {
        _options = options ?? StoryOptions.Default;

        // The root is always the earliest article, so story keys do not depend on insertion order.
        _sets = new DisjointSets((a, b) => DescriptionOrder.Instance.Compare(_articles[a], _articles[b]));
    }

    public int Count => _articles.Count;

    /// <summary>Adds an article and returns the story key it belongs to now.</summary>
    public string Add(StoryInput input)
    {
        if (_ids.ContainsKey(input.Key))
            throw new InvalidOperationException($"'{input.Key}' is already clustered.");
        var id = _articles.Count;
        var description = Describe(input);
        _ids.Add(input.Key, id);
        _articles.Add(description);
        _sets.Add();

        _postings.Add(id, description.Keys, other =>
        {
            if (Linked(description, _articles[other]))
                _sets.Union(id, other);
        });

        return StoryOf(input.Key);
    }

    /// <summary>The story's key: the key of its earliest article (ties: the ordinally smallest key).</summary>
    public string StoryOf(string key) => _articles[_sets.Find(_ids[key])].Key;

    /// <summary>Every story with its article keys in date order, largest stories first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Stories()
    {
        var stories = new Dictionary<int, List<Description>>();
        for (var id = 0; id < _articles.Count; id++)
        {
            ref var members = ref CollectionsMarshal.GetValueRefOrAddDefault(stories, _sets.Find(id), out _);
            (members ??= []).Add(_articles[id]);
        }

        return stories.Values
            .Select(m => (IReadOnlyList<string>)m.Order(DescriptionOrder.Instance).Select(d => d.Key).ToList())
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s[0], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether two articles continue one story, decided from the pair alone.</summary>
    internal bool Linked(Description a, Description b)
    {
        var days = Math.Abs(a.Date.DayNumber - b.Date.DayNumber);
        if (days > _options.WindowDays || !a.Keys.AsSpan().ContainsAny(b.Keys))
            return false;
        var dot = 0.0;
        var (small, large) = a.Weights.Count <= b.Weights.Count ? (a, b) : (b, a);
        foreach (var (feature, weight) in small.Weights)
        {
            if (large.Weights.TryGetValue(feature, out var other))
                dot += weight * other;
        }

        var similarity = dot / (a.Norm * b.Norm);
        return similarity * Math.Pow(0.5, days / _options.HalfLifeDays) >= _options.Threshold;
    }

    internal Description Describe(StoryInput input)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in input.Terms)
            counts[term] = counts.GetValueOrDefault(term) + 1;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(_options.TopTerms))
            weights[TermPrefix + term] = 1 + Math.Log(count);
        foreach (var actor in input.Actors.Distinct(StringComparer.Ordinal))
            weights["a:" + actor] = _options.ActorWeight;
        return Describe(input.Key, input.Date, weights);
    }

    /// <summary>An article as stories compare it, from its weighted features.</summary>
    internal Description Describe(string key, DateOnly date, Dictionary<string, double> weights)
    {
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        var keys = weights
            .Where(p => p.Key.StartsWith(TermPrefix, StringComparison.Ordinal))
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(_options.KeyTerms)
            .Select(p => p.Key)
            .ToArray();
        return new Description(key, date, weights, norm == 0 ? 1 : norm, keys);
    }

    /// <summary>The furthest apart two articles can be and still be linked: the window, or sooner the days after which
    /// even identical descriptions decay below the threshold.</summary>
    internal int ReachDays => (int)Math.Min(_options.WindowDays, Math.Floor(_options.HalfLifeDays * Math.Log2(1 / _options.Threshold)));

    /// <summary>An article as stories compare it: its date, weighted features (<c>t:</c> terms, <c>a:</c> actor codes)
    /// and keys (its heaviest terms, ties by name), under which it is indexed.</summary>
    internal sealed record Description(string Key, DateOnly Date, Dictionary<string, double> Weights, double Norm, string[] Keys);

    private sealed class DescriptionOrder : IComparer<Description>
    {
        public static DescriptionOrder Instance { get; } = new();

        public int Compare(Description? x, Description? y)
        {
            var byDate = x!.Date.CompareTo(y!.Date);
            return byDate != 0 ? byDate : string.CompareOrdinal(x.Key, y.Key);
        }
    }
}
