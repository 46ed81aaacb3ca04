using Chronicle.Ingest.Watch;
using Microsoft.Extensions.Time.Testing;

namespace Chronicle.Tests.Ingest.Watch;

public sealed class PollScheduleTests
{
    private static readonly WatchOptions Options = new() { Interval = TimeSpan.FromMinutes(15), MaxBackoff = TimeSpan.FromHours(2) };

    [Theory]
    [InlineData(1, 0.0, 15)]
    [InlineData(1, 0.99, 18.71)]
    [InlineData(2, 0.0, 30)]
    [InlineData(3, 0.5, 67.5)]
    [InlineData(4, 0.0, 120)]
    [InlineData(30, 0.9, 120)]
    public void AfterFailure_DoublesFromTheInterval_WithJitter_UpToTheCap(int failures, double unit, double minutes) =>
        Assert.Equal(minutes, PollSchedule.AfterFailure(Options, failures, null, unit).TotalMinutes, precision: 1);

    [Fact]
    public void AfterFailure_ALongerRetryAfterWins() =>
        Assert.Equal(TimeSpan.FromHours(5), PollSchedule.AfterFailure(Options, 1, TimeSpan.FromHours(5), 0.5));

    [Fact]
    public void AfterSuccess_TheLongestOfIntervalAndWhatThePublisherAsks() =>
        Assert.Equal(TimeSpan.FromMinutes(30), PollSchedule.AfterSuccess(Options, TimeSpan.FromMinutes(30), null, TimeSpan.FromMinutes(5)));

    [Fact]
    public async Task HostGate_NextRequestToAHost_WaitsTheDelayAfterTheLastEnded_OtherHostsDoNot()
    {
        var time = new FakeTimeProvider();
        var gate = new HostGate(time, TimeSpan.FromSeconds(10));
        var token = TestContext.Current.CancellationToken;
        using (await gate.TakeTurnAsync(new Uri("https://a.example/feed"), token))
            time.Advance(TimeSpan.FromSeconds(3));

        var second = gate.TakeTurnAsync(new Uri("https://A.example/other"), token);
        var elsewhere = gate.TakeTurnAsync(new Uri("https://b.example/feed"), token);
        time.Advance(TimeSpan.FromSeconds(9));
        var earlyDone = second.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        (await second).Dispose();

        Assert.True(elsewhere.IsCompleted);
        Assert.False(earlyDone);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(10), gate.ReadyAt(new Uri("https://a.example/")));
    }
}
