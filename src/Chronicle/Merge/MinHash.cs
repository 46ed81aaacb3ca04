namespace Chronicle.Merge;

/// <summary>MinHash signatures over shingle hashes: the share of equal slots of two signatures estimates the
/// Jaccard similarity of their shingle sets. Permutations are fixed (seeded), so signatures are comparable across runs.</summary>
public sealed class MinHash
{
    private readonly ulong[] _multipliers;
    private readonly ulong[] _addends;

    public MinHash(int size = 128, ulong seed = 0x5eed_c4_0e1c1e)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _multipliers = new ulong[size];
        _addends = new ulong[size];
        var state = seed;
        for (var i = 0; i < size; i++)
        {
            _multipliers[i] = Shingler.Mix(state += 0x9e3779b97f4a7c15UL) | 1UL;
            _addends[i] = Shingler.Mix(state += 0x9e3779b97f4a7c15UL);
        }
    }

    public int Size => _multipliers.Length;

    public ulong[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new ulong[_multipliers.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var value = unchecked(_multipliers[i] * shingle + _addends[i]);
                if (value < signature[i])
                    signature[i] = value;
            }
        }

        return signature;
    }
}
