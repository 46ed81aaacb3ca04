namespace Chronicle.Cluster.Grains;

/// <summary>
/// The pipeline on a silo: extracts, analyses and codes a document with the silo's <see cref="ChronicleEngine"/> and
/// saves the result through its store. A stateless worker: calls run on the caller's silo, as many at once as it has cores.
/// </summary>
public interface IPipelineGrain : IGrainWithIntegerKey
{
    Task<DocumentOutcome> StoreAsync(DocumentMessage document);
}
