using Chronicle.Ingest;

namespace Chronicle.Tests.Ingest;

[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements;

/// <summary>
/// A WARC.gz is read record by record: the live heap measured (after a full collection) while reading a 20 MB archive
/// stays flat instead of growing with the archive. Runs alone so other tests' allocations do not blur the figure.
/// </summary>
[Collection(nameof(MemoryMeasurements))]
public sealed class WarcStreamingTests : IDisposable
{
    private const int Records = 200;
    private const int PageBytes = 100 * 1024;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Load_LargeWarcGz_StreamsRecordsInConstantMemory()
    {
        var path = Path.Combine(temp.Path, "big.warc.gz");
        var filler = string.Concat(Enumerable.Repeat("<p>Troops, missiles and talks between Moscow and Pyongyang.</p>\n", PageBytes / 64));
        WarcBuilder.WriteLargeGzip(path, Records, i => $"<html><head><title>Story {i}</title></head><body>{filler}</body></html>");

        using var loader = new DocumentLoader();
        var count = 0;
        long totalChars = 0;
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        foreach (var loaded in loader.LoadWithSources([path]))
        {
            Assert.True(loaded.Document.IsSuccess, loaded.Document.Error);
            totalChars += loaded.Document.Value!.Content.Length;
            if (++count % 50 == 0)
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }

        Assert.Equal(Records, count);
        Assert.True(totalChars > 20_000_000, $"the archive holds {totalChars} characters");
        // Holding the archive would take ~40 MB of UTF-16; one record and the reader buffers take well under 4 MB.
        Assert.True(peak < 4 * 1024 * 1024, $"live heap grew by {peak / 1024} KB while reading {totalChars / 1024} K characters");
    }
}
