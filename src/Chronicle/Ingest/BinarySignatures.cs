using System.Globalization;

namespace Chronicle.Ingest;

/// <summary>Recognises binary files by their magic numbers, read once from <c>Resources/ingest/binary-signatures.tsv</c>.</summary>
internal static class BinarySignatures
{
    private sealed record Signature(string Name, int Offset, byte[] Bytes);

    private static readonly Signature[] All = Load();

    /// <summary>The bytes a sniffer must look at to see every signature.</summary>
    public static int Reach { get; } = All.Max(s => s.Offset + s.Bytes.Length);

    /// <summary>The name of the binary format the bytes start with, or null.</summary>
    public static string? Match(ReadOnlySpan<byte> head)
    {
        foreach (var signature in All)
        {
            if (head.Length >= signature.Offset + signature.Bytes.Length
                && head.Slice(signature.Offset, signature.Bytes.Length).SequenceEqual(signature.Bytes))
                return signature.Name;
        }

        return null;
    }

    private static Signature[] Load() =>
        EmbeddedResources.ReadDataLines("ingest/binary-signatures.tsv")
            .Select(entry =>
            {
                var fields = entry.Line.Split('\t');
                if (fields.Length != 3)
                    throw new InvalidDataException($"binary-signatures.tsv line {entry.LineNumber}: expected 3 tab-separated fields.");
                return new Signature(fields[0], int.Parse(fields[1], CultureInfo.InvariantCulture), Convert.FromHexString(fields[2]));
            })
            .ToArray();
}
