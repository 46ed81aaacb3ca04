using System.Data.Common;
using Chronicle.Storage;
using Orleans.Concurrency;

namespace Chronicle.Cluster.Grains;

/// <inheritdoc cref="IPipelineGrain"/>
[StatelessWorker]
internal sealed class PipelineGrain(ChronicleEngine engine, IChronicleStore store) : Grain, IPipelineGrain
{
    public async Task<DocumentOutcome> StoreAsync(DocumentMessage document)
    {
        var source = document.ToDocument();
        var prepared = engine.Prepare(source);
        if (!prepared.IsSuccess)
            return DocumentOutcome.Failed(prepared.Error!);
        try
        {
            var saved = await store.SaveAsync([prepared.Value!]);
            return saved.Added > 0 ? DocumentOutcome.Stored : DocumentOutcome.Duplicate;
        }
        catch (Exception e) when (e is DbException or IOException)
        {
            // Store errors are not serialisable across silos; the client gets the reason as an outcome and may send the document again.
            return DocumentOutcome.Failed($"{source.Provenance.Describe()}: could not store it ({e.Message})");
        }
    }
}
