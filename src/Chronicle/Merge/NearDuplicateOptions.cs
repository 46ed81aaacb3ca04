namespace Chronicle.Merge;

/// <summary>Tuning of near-duplicate detection.</summary>
/// <param name="SignatureSize">MinHash slots per document.</param>
/// <param name="Bands">LSH bands; <see cref="SignatureSize"/> / Bands rows each. 40 bands of 3 rows find pairs of
/// Jaccard 0.4 (a copy trimmed to half, under other boilerplate) with probability 0.93 and of 0.5 with 0.995, while
/// unrelated news texts share almost no five-word shingles and rarely become candidates.</param>
/// <param name="MinOverlap">Shared shingles over the smaller document's shingles (containment) needed to call two
/// texts copies: a wire story trimmed by one outlet is still contained in the full copy.</param>
/// <param name="MinShingles">Texts with fewer shingles are too short to call copies of anything.</param>
public sealed record NearDuplicateOptions(int SignatureSize = 120, int Bands = 40, double MinOverlap = 0.7, int MinShingles = 12)
{
    public static NearDuplicateOptions Default { get; } = new();

    public int RowsPerBand => SignatureSize / Bands;
}
