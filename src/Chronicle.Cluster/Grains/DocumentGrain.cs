using Chronicle.Storage;

namespace Chronicle.Cluster.Grains;

/// <summary>
/// The once-gate of a document: asks the store whether the document is there already and, only if not, has the
/// pipeline worker of its silo read and store it. The store is the memory (its unique SHA-256 makes a second insert a
/// no-op too), so the activation leaves as soon as it is done.
/// </summary>
internal sealed class DocumentGrain(IChronicleStore store) : Grain, IDocumentGrain
{
    public async Task<DocumentOutcome> IngestAsync(DocumentMessage document)
    {
        var key = this.GetPrimaryKeyString();
        if (!string.Equals(document.Sha256, key, StringComparison.Ordinal))
            return DocumentOutcome.Failed($"{document.Source}: sent to the grain of document {key} but its SHA-256 is {document.Sha256}");
        if ((await store.FindStoredAsync([key])).Count > 0)
            return Done(DocumentOutcome.Duplicate);
        var outcome = await GrainFactory.GetGrain<IPipelineGrain>(0).StoreAsync(document);
        return outcome.Kind == DocumentOutcomeKind.Failed ? outcome : Done(outcome);
    }

    private DocumentOutcome Done(DocumentOutcome outcome)
    {
        DeactivateOnIdle();
        return outcome;
    }
}
