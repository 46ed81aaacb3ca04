namespace Chronicle.Cluster.Grains;

/// <summary>
/// One document of the cluster, keyed by the SHA-256 of its raw bytes. Orleans keeps a single activation per key
/// across the cluster and runs its calls one at a time, so a document that reaches two silos at once, or that a client
/// sends again after a silo died, is read and stored once.
/// </summary>
public interface IDocumentGrain : IGrainWithStringKey
{
    Task<DocumentOutcome> IngestAsync(DocumentMessage document);
}
