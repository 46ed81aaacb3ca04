using System.Buffers.Binary;
using System.IO.Compression;

namespace Chronicle.Ingest;

/// <summary>
/// Decompresses gzip, member after member (WARC.gz writes one member per record), and — unlike <see cref="GZipStream"/>,
/// which ends quietly on a cut file — throws <see cref="InvalidDataException"/> when a member is truncated or its
/// trailer is missing, so a damaged archive is reported instead of silently shortened. The trailer is found by the
/// member's length (ISIZE) followed by the end of the input or the next member's header; the CRC-32 is not recomputed
/// (a managed CRC costs more than the inflation itself; damage inside deflate data is caught by the inflater).
/// </summary>
internal sealed class GzipMembersStream(ByteReader compressed) : Stream
{
    /// <summary>The inflater is fed at most this much at a time, so when a member ends its unread rest lies in the last chunk.</summary>
    private const int ChunkSize = 4096;

    /// <summary>Where recent members start: in the decompressed stream and in the file. Old entries are dropped as records are read.</summary>
    private readonly Queue<(long Decompressed, long Compressed)> members = new();

    private ChunkFeeder? feeder;
    private long produced;
    private DeflateStream? inflater;
    private uint size;
    private bool finished;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (!finished && buffer.Length > 0)
        {
            if (inflater is null && !StartMember())
                return 0;
            var read = inflater!.Read(buffer);
            if (read > 0)
            {
                size += (uint)read;
                produced += read;
                return read;
            }

            if (feeder!.ReachedEnd)
                throw new InvalidDataException("gzip data is truncated");
            EndMember();
        }

        return 0;
    }

    /// <summary>
    /// The offset in the .gz file of the member that starts at <paramref name="decompressedOffset"/> (as Common Crawl's
    /// indexes give it: one member per record, readable alone with a range request); null when no member starts there.
    /// Offsets must be asked in increasing order.
    /// </summary>
    public long? MemberStartingAt(long decompressedOffset)
    {
        while (members.Count > 0 && members.Peek().Decompressed < decompressedOffset)
            members.Dequeue();
        return members.TryPeek(out var member) && member.Decompressed == decompressedOffset ? member.Compressed : null;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inflater?.Dispose();
            compressed.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads a member header (RFC 1952); false at the clean end of the input.</summary>
    private bool StartMember()
    {
        if (compressed.AtEnd)
        {
            finished = true;
            return false;
        }

        members.Enqueue((produced, compressed.Position));
        var head = compressed.Peek(10);
        if (head.Length < 10)
            throw new InvalidDataException("gzip data is truncated (member header)");
        if (head[0] != 0x1F || head[1] != 0x8B || head[2] != 8)
            throw new InvalidDataException("unexpected bytes after a gzip member");
        var flags = head[3];
        compressed.Skip(10);
        if ((flags & 0x04) != 0)
        {
            var extra = compressed.Peek(2);
            if (extra.Length < 2)
                throw new InvalidDataException("gzip data is truncated (member header)");
            compressed.Skip(2 + BinaryPrimitives.ReadUInt16LittleEndian(extra));
        }

        if ((flags & 0x08) != 0)
            SkipZeroTerminated();
        if ((flags & 0x10) != 0)
            SkipZeroTerminated();
        if ((flags & 0x02) != 0)
            compressed.Skip(2);

        feeder = new ChunkFeeder(compressed);
        inflater = new DeflateStream(feeder, CompressionMode.Decompress, leaveOpen: true);
        size = 0;
        return true;
    }

    /// <summary>Finds the 8-byte trailer (CRC-32, length) right after the deflate data and gives back the bytes read past it.</summary>
    private void EndMember()
    {
        var last = feeder!.LastChunk;
        byte[] window = [.. last, .. compressed.Peek(16)];
        var atEnd = window.Length < last.Length + 16;
        var at = FindTrailer(window, size, atEnd);
        if (at < 0)
            throw new InvalidDataException(atEnd ? "gzip data is truncated (member trailer)" : "gzip member trailer does not match its length");

        var end = at + 8;
        if (end <= last.Length)
            compressed.Unread(last.AsSpan(end));
        else
            compressed.Skip(end - last.Length);
        inflater!.Dispose();
        inflater = null;
        feeder = null;
    }

    /// <summary>The offset of a trailer whose length field matches and which the input's end or another member follows; -1 if none.</summary>
    private static int FindTrailer(ReadOnlySpan<byte> window, uint length, bool windowReachesEnd)
    {
        Span<byte> expected = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(expected, length);
        for (var at = 0; at + 8 <= window.Length; at++)
        {
            if (!window.Slice(at + 4, 4).SequenceEqual(expected))
                continue;
            var rest = window[(at + 8)..];
            if ((rest.IsEmpty && windowReachesEnd) || rest.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08]))
                return at;
        }

        return -1;
    }

    private void SkipZeroTerminated()
    {
        while (true)
        {
            var next = compressed.Peek(1);
            if (next.IsEmpty)
                throw new InvalidDataException("gzip data is truncated (member header)");
            compressed.Skip(1);
            if (next[0] == 0)
                return;
        }
    }

    /// <summary>Feeds the inflater small chunks and remembers the last one, whose unread tail belongs to the trailer and the next member.</summary>
    private sealed class ChunkFeeder(ByteReader source) : Stream
    {
        private readonly byte[] chunk = new byte[ChunkSize];
        private int chunkLength;

        public bool ReachedEnd { get; private set; }

        public byte[] LastChunk => chunk[..chunkLength];

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = source.AsStreamRead(chunk.AsSpan(0, Math.Min(ChunkSize, buffer.Length)));
            chunkLength = read;
            if (read == 0)
            {
                ReachedEnd = true;
                return 0;
            }

            chunk.AsSpan(0, read).CopyTo(buffer);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
