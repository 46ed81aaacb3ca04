namespace Chronicle.Ingest.Watch;

/// <summary>When a feed is next due: after a success, the interval or the longer wait the publisher asks for; after a
/// failure, an exponential back-off from the interval with jitter, capped, and never sooner than a Retry-After.</summary>
internal static class PollSchedule
{
    /// <summary>How far the jitter may stretch a back-off, so feeds that failed together do not retry together.</summary>
    private const double Jitter = 0.25;

    public static TimeSpan AfterSuccess(WatchOptions options, params ReadOnlySpan<TimeSpan?> asked)
    {
        var wait = options.Interval;
        foreach (var request in asked)
        {
            if (request > wait)
                wait = request.Value;
        }

        return wait;
    }

    /// <param name="failures">Failures in a row, this one included (1 or more).</param>
    /// <param name="unit">A uniform draw from [0, 1) that sets the jitter.</param>
    public static TimeSpan AfterFailure(WatchOptions options, int failures, TimeSpan? retryAfter, double unit)
    {
        var cap = Math.Max(options.MaxBackoff.TotalSeconds, options.Interval.TotalSeconds);
        var doubled = options.Interval.TotalSeconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 40));
        var backoff = TimeSpan.FromSeconds(Math.Min(cap, doubled * (1 + Jitter * unit)));
        return retryAfter > backoff ? retryAfter.Value : backoff;
    }
}
