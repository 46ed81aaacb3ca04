namespace Chronicle.Ingest;

/// <summary>
/// A forward-only buffered reader over a stream that knows its position, so container readers can report record
/// offsets and hold at most one record (never the whole archive) in memory.
/// </summary>
internal sealed class ByteReader : IDisposable
{
    private const int DefaultBufferSize = 64 * 1024;

    private readonly Stream stream;
    private byte[] buffer;
    private int start;
    private int end;
    private long bufferBase;
    private bool endOfStream;

    public ByteReader(Stream stream, int bufferSize = DefaultBufferSize)
    {
        this.stream = stream;
        buffer = new byte[bufferSize];
    }

    /// <summary>Bytes consumed so far: the offset in the stream of the next byte to read.</summary>
    public long Position => bufferBase + start;

    public bool AtEnd => start == end && !Fill(1);

    /// <summary>Up to <paramref name="count"/> next bytes without consuming them (fewer only at the end of the stream).</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        Fill(count);
        return buffer.AsSpan(start, Math.Min(count, end - start));
    }

    /// <summary>
    /// Reads one line (without its LF or CRLF). Returns false at the end of the stream. A line longer than
    /// <paramref name="maxLength"/> is skipped up to its end and reported through <paramref name="tooLong"/> with an empty span.
    /// </summary>
    public bool TryReadLine(int maxLength, out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        line = default;
        var scanned = 0;
        while (true)
        {
            var newline = buffer.AsSpan(start + scanned, end - start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = scanned + newline;
                if (tooLong)
                {
                    start += length + 1;
                    return true;
                }

                line = TrimCarriageReturn(buffer.AsSpan(start, length));
                start += length + 1;
                return true;
            }

            scanned = end - start;
            if (scanned > maxLength)
            {
                // Drop what we have of the overlong line; keep scanning for its end in constant memory.
                tooLong = true;
                start = end;
                scanned = 0;
            }

            if (!Fill(end - start + 1))
            {
                if (end == start && !tooLong && scanned == 0)
                    return false;
                if (!tooLong)
                    line = TrimCarriageReturn(buffer.AsSpan(start, end - start));
                start = end;
                return true;
            }
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes, or fewer when the stream ends first.</summary>
    public byte[] ReadBytes(int count)
    {
        var result = new byte[count];
        var copied = 0;
        while (copied < count)
        {
            if (start == end && !Fill(1))
                return result.AsSpan(0, copied).ToArray();
            var chunk = Math.Min(count - copied, end - start);
            buffer.AsSpan(start, chunk).CopyTo(result.AsSpan(copied));
            start += chunk;
            copied += chunk;
        }

        return result;
    }

    /// <summary>Skips <paramref name="count"/> bytes; returns how many were skipped (fewer at the end of the stream).</summary>
    public long Skip(long count)
    {
        var skipped = 0L;
        while (skipped < count)
        {
            if (start == end && !Fill(1))
                break;
            var chunk = (int)Math.Min(count - skipped, end - start);
            start += chunk;
            skipped += chunk;
        }

        return skipped;
    }

    /// <summary>
    /// Reads the rest of the stream when it is at most <paramref name="maxBytes"/> long; otherwise returns null, having
    /// consumed the rest in constant memory to learn its <paramref name="total"/> length.
    /// </summary>
    public byte[]? ReadToEnd(long maxBytes, out long total)
    {
        var collected = new MemoryStream();
        while (start < end || Fill(1))
        {
            var chunk = end - start;
            if (collected.Length + chunk > maxBytes)
            {
                total = collected.Length + Skip(long.MaxValue);
                return null;
            }

            collected.Write(buffer, start, chunk);
            start = end;
        }

        total = collected.Length;
        return collected.ToArray();
    }

    /// <summary>The unread bytes as a stream (for decompressors and XML readers), sharing this reader's buffer and position.</summary>
    public Stream AsStream() => new ReaderStream(this);

    /// <summary>Consumes the rest of the stream in constant memory; returns its length.</summary>
    public long SkipToEnd() => Skip(long.MaxValue);

    public void Dispose() => stream.Dispose();

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    /// <summary>Makes at least <paramref name="count"/> bytes available if the stream has them; false when it cannot.</summary>
    private bool Fill(int count)
    {
        if (end - start >= count)
            return true;
        if (endOfStream)
            return false;
        if (buffer.Length < count)
        {
            var larger = new byte[Math.Max(count, buffer.Length * 2)];
            buffer.AsSpan(start, end - start).CopyTo(larger);
            buffer = larger;
            Rebase();
        }
        else if (buffer.Length - start < count)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            Rebase();
        }

        while (end - start < count)
        {
            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                endOfStream = true;
                return false;
            }

            end += read;
        }

        return true;
    }

    /// <summary>Reads up to <paramref name="destination"/>'s length; 0 only at the end of the stream.</summary>
    public int AsStreamRead(Span<byte> destination) => ReadInto(destination);

    /// <summary>Puts bytes just read back in front of the unread ones (a decompressor read past the end of its data).</summary>
    public void Unread(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= start)
        {
            start -= bytes.Length;
            bytes.CopyTo(buffer.AsSpan(start));
            return;
        }

        var larger = new byte[bytes.Length + (end - start) + 1024];
        bytes.CopyTo(larger);
        buffer.AsSpan(start, end - start).CopyTo(larger.AsSpan(bytes.Length));
        bufferBase = Position - bytes.Length;
        end = bytes.Length + (end - start);
        start = 0;
        buffer = larger;
    }

    private int ReadInto(Span<byte> destination)
    {
        if (start == end && !Fill(1))
            return 0;
        var chunk = Math.Min(destination.Length, end - start);
        buffer.AsSpan(start, chunk).CopyTo(destination);
        start += chunk;
        return chunk;
    }

    private void Rebase()
    {
        bufferBase += start;
        end -= start;
        start = 0;
    }

    private sealed class ReaderStream(ByteReader owner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => owner.Position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => owner.ReadInto(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer) => owner.ReadInto(buffer);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                owner.Dispose();
            base.Dispose(disposing);
        }
    }
}
