using BenchmarkDotNet.Attributes;
using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Text;
using Chronicle.Ingest;

namespace Chronicle.Bench;

/// <summary>Text-dump extraction over the seed pages and the handmade cases; one operation extracts every document, so
/// documents per second = <see cref="Documents"/> / mean time. Bar: 2,000 documents/s on one core.</summary>
[MemoryDiagnoser]
public class TextExtractionBenchmarks
{
    private readonly TextArticleExtractor _extractor = new(AgencyDetector.Default);
    private IReadOnlyList<SourceDocument> _documents = [];


    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchCorpus.TextDumps();
        Console.WriteLine($"// text dumps: {_documents.Count} documents, {_documents.Sum(d => d.Content.Length)} chars");
    }

    /// <summary>The least any line-based reader does: split every document into trimmed lines. Machines here are shared
    /// and noisy; the ratio to this baseline, measured in the same run, is the stable figure.</summary>
    [Benchmark(Baseline = true)]
    public int SplitLines()
    {
        var lines = 0;
        foreach (var document in _documents)
        {
            foreach (var range in document.Content.AsSpan().Split('\n'))
            {
                if (!document.Content.AsSpan(range).Trim().IsEmpty)
                    lines++;
            }
        }

        return lines;
    }

    [Benchmark]
    public int ExtractAll()
    {
        var paragraphs = 0;
        foreach (var document in _documents)
            paragraphs += _extractor.Extract(document).Value?.Paragraphs.Count ?? 0;
        return paragraphs;
    }
}
