namespace Chronicle.Ingest;

/// <summary>What an input holds, as sniffed from its first bytes.</summary>
internal enum InputKind
{
    Empty,
    Binary,
    Gzip,
    Warc,
    Jsonl,
    Feed,
    Html,
    Text,
}
