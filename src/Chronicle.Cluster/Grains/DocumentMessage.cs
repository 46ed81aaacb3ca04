using Chronicle.Ingest;

namespace Chronicle.Cluster.Grains;

/// <summary>
/// A loaded document on its way to a silo: its decoded text and everything of its provenance, so the silo stores what a
/// single machine would (the SHA-256 is of the raw bytes as they arrived, computed where the input was read).
/// </summary>
[GenerateSerializer, Immutable]
public sealed class DocumentMessage
{
    [Id(0)] public string? Id { get; init; }
    [Id(1)] public required string Content { get; init; }
    [Id(2)] public int Format { get; init; }
    [Id(3)] public required string Source { get; init; }
    [Id(4)] public long? RecordOffset { get; init; }
    [Id(5)] public string? Url { get; init; }
    [Id(6)] public DateTimeOffset? Fetched { get; init; }
    [Id(7)] public required string Sha256 { get; init; }
    [Id(8)] public DateTimeOffset? Published { get; init; }

    public static DocumentMessage From(SourceDocument document) => new()
    {
        Id = document.Id,
        Content = document.Content,
        Format = (int)document.Format,
        Source = document.Provenance.Source,
        RecordOffset = document.Provenance.RecordOffset,
        Url = document.Provenance.Url,
        Fetched = document.Provenance.Fetched,
        Sha256 = document.Provenance.Sha256,
        Published = document.Published,
    };

    public SourceDocument ToDocument() =>
        new(Id, Content, (DocumentFormat)Format, new Provenance(Source, RecordOffset, Url, Fetched, Sha256)) { Published = Published };
}
