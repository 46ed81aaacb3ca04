using System.Diagnostics;
using Chronicle.Events;

namespace Chronicle.Tests.Events;

/// <summary>Hostile input through the whole pipeline: bounded time, no exception.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string> Inputs()
    {
        var names = string.Join(" and ", Enumerable.Repeat("Vladimir Putin, Kim Jong Un, Xi Jinping", 900));
        var words = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => (i % 11) switch
        {
            0 => "Russia",
            1 => "attacked",
            2 => "Ukraine",
            3 => "and",
            4 => "China",
            5 => "did",
            6 => "not",
            7 => "condemn",
            8 => "North",
            9 => "Korea",
            _ => "with",
        }));
        return new TheoryData<string, string>
        {
            { "ten thousand tokens, one sentence", words },
            { "only names", names },
            { "no verbs", string.Join(", ", Enumerable.Repeat("the red house near the old river", 2000)) },
            { "unknown scripts", string.Concat(Enumerable.Repeat("Путин встретился с Ким Чен Ыном. 普京会见了金正恩。 ميزان ", 500)) },
            { "punctuation only", new string('.', 5000) + new string('“', 3000) + "?!" },
            { "control characters", "\u0000\u0001\u0002 Russia \u0007 attacked \u001b Ukraine \uFFFD" },
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Code_HostileInput_FinishesQuicklyWithoutException(string why, string text)
    {
        var watch = Stopwatch.StartNew();
        var events = Pipelines.Full.Code(new DocumentContext(why, new DateOnly(2025, 3, 1)), text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{why}: {watch.Elapsed}");
        Assert.All(events, e => Assert.InRange(e.Confidence, 0, 1));
    }
}
