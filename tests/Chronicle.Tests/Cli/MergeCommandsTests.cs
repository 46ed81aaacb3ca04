using System.Globalization;
using System.Text.Json;
using Chronicle.Cli;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

/// <summary><c>stories</c>, <c>story</c>, <c>event</c> and the source filters of <c>events</c> over the samples ingested with the real engine.</summary>
public sealed class MergeCommandsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task IngestedSamples_GiveStoriesAndMergedEvents_InEveryFormat()
    {
        var cli = new CliRunner(folder.File("chronicle.db"), CliApp.BuildRoot);
        Assert.Equal(ExitCodes.Success, (await cli.RunAsync("ingest", RepoPaths.Samples)).ExitCode);

        var stories = Json(await cli.RunAsync("stories", "--min-articles", "3", "--format", "json")).EnumerateArray().ToList();
        Assert.NotEmpty(stories);
        Assert.All(stories, s => Assert.True(s.GetProperty("articles").GetInt32() >= 3));
        var wire = stories.First(s => s.GetProperty("span").GetString() == "2024-10-18");
        Assert.False(string.IsNullOrWhiteSpace(wire.GetProperty("title").GetString()));
        var storyId = wire.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        Assert.StartsWith("id,title,span,", (await cli.RunAsync("stories", "--format", "csv")).Output);

        var story = Json(await cli.RunAsync("story", storyId, "--format", "json"));
        Assert.Equal(wire.GetProperty("articles").GetInt32(), story.GetProperty("article_list").GetArrayLength());
        var timeline = story.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(story.GetProperty("events").GetInt32(), timeline.Count);
        Assert.All(timeline, e => Assert.Equal(e.GetProperty("id").GetInt64(), e.GetProperty("merged_event").GetInt64()));
        var text = await cli.RunAsync("story", storyId);
        Assert.Contains($"Story {storyId}: ", text.Output);
        Assert.Contains("Timeline", text.Output);

        // Every event of the wire story reported by all three copies: three mentions, one origin (Reuters), one source.
        var single = Json(await cli.RunAsync("events", "--single-source", "--from", "2024-10-18", "--to", "2024-10-18", "--format", "json")).EnumerateArray().ToList();
        Assert.NotEmpty(single);
        Assert.All(single, e => Assert.Equal(1, e.GetProperty("sources").GetInt32()));
        var tripled = single.First(e => e.GetProperty("mentions").GetInt32() == 3);
        var merged = Json(await cli.RunAsync("event", tripled.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture), "--format", "json"));
        Assert.Equal(3, merged.GetProperty("mention_list").GetArrayLength());
        Assert.Equal("Reuters", Assert.Single(merged.GetProperty("origins").EnumerateArray().ToList()).GetProperty("name").GetString());
        Assert.Single(merged.GetProperty("sources").EnumerateArray());
        Assert.All(merged.GetProperty("mention_list").EnumerateArray(), m =>
        {
            Assert.False(string.IsNullOrEmpty(m.GetProperty("evidence").GetString()));
            Assert.False(string.IsNullOrEmpty(m.GetProperty("rule").GetString()));
            Assert.False(string.IsNullOrEmpty(m.GetProperty("outlet").GetString()));
        });
        var eventText = await cli.RunAsync("event", merged.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
        Assert.Matches(@"origins\s+1: Reuters", eventText.Output);
        Assert.Matches(@"sources\s+1: .+\(single source\)", eventText.Output);
        Assert.StartsWith("id,published,outlet,article_id,", (await cli.RunAsync("event", merged.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture), "--format", "csv")).Output);

        var confirmed = Json(await cli.RunAsync("events", "--min-sources", "2", "--format", "json")).EnumerateArray().ToList();
        Assert.NotEmpty(confirmed);
        Assert.All(confirmed, e => Assert.True(e.GetProperty("sources").GetInt32() >= 2));

        var unknownStory = await cli.RunAsync("story", "987654321");
        Assert.Equal(ExitCodes.SomeInputsFailed, unknownStory.ExitCode);
        Assert.Contains("no story 987654321", unknownStory.Errors);
        var unknownEvent = await cli.RunAsync("event", "987654321");
        Assert.Equal(ExitCodes.SomeInputsFailed, unknownEvent.ExitCode);
        Assert.Contains("no event 987654321", unknownEvent.Errors);
    }

    [Theory]
    [InlineData("events", "--min-sources", "0")]
    [InlineData("events", "--min-sources", "two")]
    [InlineData("events", "--single-source", "--min-sources", "3")]
    [InlineData("stories", "--min-articles", "0")]
    [InlineData("story", "abc")]
    [InlineData("event")]
    public async Task BadArguments_AreUsageErrors(params string[] args)
    {
        var cli = new CliRunner(folder.File("chronicle.db"), CliApp.BuildRoot);
        Assert.Equal(ExitCodes.Usage, (await cli.RunAsync(args)).ExitCode);
    }

    private static JsonElement Json((int ExitCode, string Output, string Errors) run)
    {
        Assert.True(run.ExitCode == ExitCodes.Success, run.Errors);
        return JsonDocument.Parse(run.Output).RootElement;
    }
}
