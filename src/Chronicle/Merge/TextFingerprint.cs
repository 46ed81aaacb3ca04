namespace Chronicle.Merge;

/// <summary>A text's sorted 32-bit shingle hashes (for exact overlap) and its MinHash signature (empty when the text is too short to compare).</summary>
public sealed record TextFingerprint(string Key, uint[] Shingles, ulong[] Signature);
