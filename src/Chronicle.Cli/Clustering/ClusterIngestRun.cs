using Chronicle.Cli.Ingesting;
using Chronicle.Cluster;
using Chronicle.Cluster.Grains;
using Chronicle.Ingest;

namespace Chronicle.Cli.Clustering;

/// <summary>
/// Ingest through a cluster: documents are read and loaded here, then handed to the cluster, at most
/// <paramref name="parallelism"/> at a time; the silos extract, code and store them. Counts as a local ingest does.
/// </summary>
internal sealed class ClusterIngestRun(ClusterClient client, TimeProvider time, int parallelism)
{
    public async Task<IngestCounts> RunAsync(
        IEnumerable<LoadedDocument> documents,
        Action<string> failure,
        Action<IngestCounts> progress,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var (read, stored, duplicates, failed) = (0, 0, 0, 0);
        var gate = new Lock();
        IngestCounts Counts() => new(read, stored, duplicates, failed, time.GetElapsedTime(started));

        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(documents, options, async (loaded, token) =>
        {
            var outcome = loaded.Document.IsSuccess
                ? await client.IngestAsync(loaded.Document.Value!, token)
                : DocumentOutcome.Failed($"{loaded.Source}: {loaded.Document.Error}");
            lock (gate)
            {
                read++;
                switch (outcome.Kind)
                {
                    case DocumentOutcomeKind.Stored:
                        stored++;
                        break;
                    case DocumentOutcomeKind.Duplicate:
                        duplicates++;
                        break;
                    default:
                        failed++;
                        failure(outcome.Error!);
                        break;
                }

                progress(Counts());
            }
        });
        return Counts();
    }
}
