using System.Runtime.InteropServices;

namespace Chronicle.Merge;

/// <summary>Groups texts that are copies of one another (syndicated wire stories under different headlines, boilerplate
/// or trims): MinHash signatures banded into an LSH table propose candidates, and the exact shingle overlap verifies
/// them. Adding a text touches only its candidates, so the index grows incrementally; groups are the connected
/// components of verified pairs, so they do not depend on the order texts were added in.</summary>
public sealed class NearDuplicateIndex
{
    private readonly NearDuplicateOptions _options;
    private readonly MinHash _minHash;
    // LSH buckets as linked lists in flat arrays: a bucket's newest entry, and for each (text, band) slot the next
    // older entry of the same bucket. Millions of small lists would cost several times the memory.
    private readonly Dictionary<ulong, int> _bucketHeads = [];
    private readonly List<int> _bucketNext = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<uint[]> _shingles = [];
    private readonly DisjointSets _sets;

    public NearDuplicateIndex(NearDuplicateOptions? options = null)
    {
        _options = options ?? NearDuplicateOptions.Default;
        if (_options.SignatureSize % _options.Bands != 0)
            throw new ArgumentException("SignatureSize must be a multiple of Bands.", nameof(options));
        _minHash = new MinHash(_options.SignatureSize);
        _sets = new DisjointSets((a, b) => string.CompareOrdinal(_keys[a], _keys[b]));
    }

    public int Count => _keys.Count;

    /// <summary>The fingerprint of one text, computed without touching the index (safe to run in parallel).</summary>
    public TextFingerprint Fingerprint(string key, string text)
    {
        var shingles = Shingler.Shingle(text);
        var compact = new uint[shingles.Length];
        for (var i = 0; i < shingles.Length; i++)
            compact[i] = (uint)(shingles[i] >> 32);
        Array.Sort(compact);
        var signature = shingles.Length >= _options.MinShingles ? _minHash.Signature(shingles) : [];
        return new TextFingerprint(key, compact, signature);
    }

    /// <summary>Adds a text and returns the keys of the earlier texts it was verified to copy (or be copied by).</summary>
    public IReadOnlyList<string> Add(string key, string text) => Add(Fingerprint(key, text));

    public IReadOnlyList<string> Add(TextFingerprint fingerprint)
    {
        if (_ids.ContainsKey(fingerprint.Key))
            throw new InvalidOperationException($"'{fingerprint.Key}' is already in the index.");
        var id = _keys.Count;
        _ids.Add(fingerprint.Key, id);
        _keys.Add(fingerprint.Key);
        _shingles.Add(fingerprint.Shingles);
        _sets.Add();
        if (fingerprint.Signature.Length == 0)
            return [];

        var candidates = new HashSet<int>();
        var bucketKeys = BandKeys(fingerprint);
        for (var band = 0; band < _options.Bands; band++)
        {
            var bucketKey = bucketKeys[band];
            var slot = id * _options.Bands + band;
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_bucketHeads, bucketKey, out var exists);
            var next = exists ? head : -1;
            for (var entry = next; entry >= 0; entry = _bucketNext[entry])
                candidates.Add(entry / _options.Bands);
            while (_bucketNext.Count < slot)
                _bucketNext.Add(-1);
            _bucketNext.Add(next);
            head = slot;
        }

        var matches = new List<string>();
        foreach (var other in candidates.Order())
        {
            if (!AreCopies(fingerprint.Shingles, _shingles[other]))
                continue;
            matches.Add(_keys[other]);
            _sets.Union(id, other);
        }

        return matches;
    }

    /// <summary>The LSH bucket of each band of the fingerprint's signature (none when the text is too short to compare):
    /// two texts are candidates when they share a bucket in some band. A store persists these to find candidates by index.</summary>
    public ulong[] BandKeys(TextFingerprint fingerprint)
    {
        if (fingerprint.Signature.Length == 0)
            return [];
        var rows = _options.RowsPerBand;
        var keys = new ulong[_options.Bands];
        for (var band = 0; band < keys.Length; band++)
        {
            var bucketKey = (ulong)band * 0x9e3779b97f4a7c15UL;
            for (var r = 0; r < rows; r++)
                bucketKey = Shingler.Mix(bucketKey ^ fingerprint.Signature[band * rows + r]);
            keys[band] = bucketKey;
        }

        return keys;
    }

    /// <summary>Whether two texts are copies, decided from their sorted shingles alone: enough of the smaller one's are in the other.</summary>
    public bool AreCopies(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b) => Overlap(a, b) >= _options.MinOverlap;

    /// <summary>Adds many texts: fingerprints are computed in parallel, then added in the given order.</summary>
    public void AddRange(IEnumerable<(string Key, string Text)> texts, int batchSize = 4096)
    {
        foreach (var batch in texts.Chunk(batchSize))
        {
            var fingerprints = new TextFingerprint[batch.Length];
            Parallel.For(0, batch.Length, i => fingerprints[i] = Fingerprint(batch[i].Key, batch[i].Text));
            foreach (var fingerprint in fingerprints)
                Add(fingerprint);
        }
    }

    /// <summary>The group's key: the ordinally smallest key among its members, the same whatever the insertion order.</summary>
    public string GroupOf(string key) => _keys[_sets.Find(_ids[key])];

    /// <summary>All groups of two or more texts, each sorted, ordered by their first key.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups()
    {
        var groups = new Dictionary<int, List<string>>();
        for (var id = 0; id < _keys.Count; id++)
        {
            var root = _sets.Find(id);
            ref var members = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, root, out _);
            (members ??= []).Add(_keys[id]);
        }

        return groups.Values
            .Where(g => g.Count > 1)
            .Select(g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Shared shingles over the smaller set's size (containment).</summary>
    public static double Overlap(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length == 0 || b.Length == 0)
            return 0;
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / Math.Min(Distinct(a), Distinct(b));
    }

    private static int Distinct(ReadOnlySpan<uint> sorted)
    {
        var count = sorted.Length == 0 ? 0 : 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[i - 1])
                count++;
        }

        return count;
    }


}
