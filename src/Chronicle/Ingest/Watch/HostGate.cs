namespace Chronicle.Ingest.Watch;

/// <summary>
/// Spaces requests to one host (feeds and article pages alike) at least <c>delay</c> apart, measured from the end of
/// one request to the start of the next, on the injected clock. One watch polls one feed at a time, so the gate is not
/// shared between threads.
/// </summary>
internal sealed class HostGate(TimeProvider time, TimeSpan delay)
{
    private readonly Dictionary<string, DateTimeOffset> lastRequest = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When a request to <paramref name="uri"/>'s host may go next.</summary>
    public DateTimeOffset ReadyAt(Uri uri) =>
        lastRequest.TryGetValue(uri.IdnHost, out var last) ? last + delay : DateTimeOffset.MinValue;

    /// <summary>Waits for the host's turn and takes it; disposing the turn marks the request done.</summary>
    public async Task<IDisposable> TakeTurnAsync(Uri uri, CancellationToken cancellationToken)
    {
        var wait = ReadyAt(uri) - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, time, cancellationToken);
        var turn = new Turn(this, uri.IdnHost);
        turn.Dispose();
        return turn;
    }

    private void Stamp(string host) => lastRequest[host] = time.GetUtcNow();

    private sealed class Turn(HostGate gate, string host) : IDisposable
    {
        // Stamped at the start too, so a request that never ends still holds the host back.
        public void Dispose() => gate.Stamp(host);
    }
}
