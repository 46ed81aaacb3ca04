using System.Data.Common;
using System.Globalization;
using Chronicle.Extraction;
using Chronicle.Storage;

namespace Chronicle.Ingest;

/// <summary>
/// Streams loaded documents through extraction into the store, a batch at a time: a batch is extracted in parallel
/// (order kept, so ids follow input order) and saved in one transaction. A failed document is reported and skipped;
/// a batch the store rejects stops the run, and every batch saved before it stays.
/// </summary>
public sealed class IngestRun(ChronicleEngine engine, IChronicleStore store, TimeProvider time, int batchSize = IngestRun.DefaultBatchSize)
{
    public const int DefaultBatchSize = 500;

    /// <summary>Runs to the end of <paramref name="documents"/>; <paramref name="failure"/> gets one line per failed input, <paramref name="progress"/> the counts after each batch.</summary>
    public async Task<IngestCounts> RunAsync(
        IEnumerable<LoadedDocument> documents,
        Action<string> failure,
        Action<IngestCounts> progress,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var (read, stored, duplicates, failed) = (0, 0, 0, 0);
        IngestCounts Counts() => new(read, stored, duplicates, failed, time.GetElapsedTime(started));

        foreach (var chunk in documents.Chunk(batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Documents stored by an earlier run are not extracted again: re-ingesting a folder costs only reading it.
            var known = await store.FindStoredAsync(
                chunk.Where(d => d.Document.IsSuccess).Select(d => d.Document.Value!.Provenance.Sha256).ToList(), cancellationToken);
            var outcomes = chunk
                .AsParallel().AsOrdered()
                .WithCancellation(cancellationToken)
                .Select(loaded => IsKnown(loaded, known) ? default : Extract(loaded))
                .ToList();
            var batch = new List<IngestedArticle>(outcomes.Count);
            foreach (var (article, error) in outcomes)
            {
                read++;
                if (article is null && error is null)
                {
                    duplicates++;
                    continue;
                }

                if (article is not null)
                {
                    batch.Add(article);
                    continue;
                }

                failed++;
                failure(error!);
            }

            try
            {
                var saved = await store.SaveAsync(batch, cancellationToken);
                stored += saved.Added;
                duplicates += saved.Skipped;
            }
            catch (Exception e) when (e is DbException or IOException)
            {
                failed += batch.Count;
                failure($"could not store a batch of {batch.Count.ToString(CultureInfo.InvariantCulture)} articles ({e.Message}); the run stops here, everything stored before is kept");
                return Counts() with { Aborted = true };
            }

            progress(Counts());
        }

        return Counts();
    }

    private static bool IsKnown(LoadedDocument loaded, IReadOnlySet<string> known) =>
        loaded.Document.IsSuccess && known.Contains(loaded.Document.Value!.Provenance.Sha256);

    /// <summary>The article to store, or the line that reports why there is none.</summary>
    private (IngestedArticle? Article, string? Error) Extract(LoadedDocument loaded)
    {
        if (!loaded.Document.IsSuccess)
            return (null, $"{loaded.Source}: {loaded.Document.Error}");
        var document = loaded.Document.Value!;
        var article = engine.Extract(document);
        if (!article.IsSuccess)
            return (null, $"{Describe(document.Provenance)}: {article.Error}");
        try
        {
            var analysis = engine.Analyse(article.Value!, document.Id ?? document.Provenance.Sha256[..16]);
            return (IngestedArticle.From(document, article.Value!) with { Analysis = analysis }, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in a later stage must not stop the batch: the document is reported and the run goes on.
            return (null, $"{Describe(document.Provenance)}: analysis failed ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>The input and, inside a container, which record: <c>crawl.jsonl (record 3)</c>.</summary>
    private static string Describe(Provenance provenance) =>
        provenance.RecordOffset is { } offset
            ? $"{provenance.Source} (record {offset.ToString(CultureInfo.InvariantCulture)})"
            : provenance.Source;
}
