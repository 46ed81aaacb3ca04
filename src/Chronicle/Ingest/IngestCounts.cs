namespace Chronicle.Ingest;

/// <summary>Where an ingest run stands: documents read (including failed ones), stored, skipped as already stored, failed.</summary>
public sealed record IngestCounts(int Read, int Stored, int Duplicates, int Failed, TimeSpan Elapsed)
{
    /// <summary>True when a batch could not be stored and the run stopped early (earlier batches are kept).</summary>
    public bool Aborted { get; init; }

    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
