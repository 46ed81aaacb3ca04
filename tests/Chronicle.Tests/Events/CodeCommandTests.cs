using System.Text.Json;
using Chronicle.Cli;
using Chronicle.Cli.Commands;

namespace Chronicle.Tests.Events;

public sealed class CodeCommandTests
{
    private static (int Exit, string[] Output, string Errors) Run(string input)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = CodeCommand.Run(Pipelines.Full, new StringReader(input), output, errors);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), errors.ToString());
    }

    [Fact]
    public void Code_WritesOneJsonObjectPerEvent_WithTheContractsFields()
    {
        var (exit, output, errors) = Run("""{"id": "s1", "date": "2025-02-28", "text": "Putin met Kim Jong Un in Moscow on Wednesday."}""" + "\n");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", errors);
        var line = Assert.Single(output);
        var root = JsonDocument.Parse(line).RootElement;
        string[] fields = ["id", "source", "target", "cameo", "plover", "quad_class", "goldstein", "date", "location", "reported_by",
            "status", "evidence", "rule", "confidence"];
        foreach (var field in fields)
            Assert.True(root.TryGetProperty(field, out _), field);
        Assert.Equal("s1", root.GetProperty("id").GetString());
        Assert.StartsWith("RUS", root.GetProperty("source").GetString());
        Assert.StartsWith("PRK", root.GetProperty("target").GetString());
        Assert.Equal("040", root.GetProperty("cameo").GetString());
        Assert.Equal("CONSULT", root.GetProperty("plover").GetString());
        Assert.Equal(1, root.GetProperty("quad_class").GetInt32());
        Assert.Equal(1.0, root.GetProperty("goldstein").GetDouble());
        Assert.Equal("2025-02-26", root.GetProperty("date").GetString());
        Assert.Equal("Moscow", root.GetProperty("location").GetString());
        Assert.Equal("happened", root.GetProperty("status").GetString());
        Assert.Equal("met", root.GetProperty("evidence").GetProperty("verb").GetProperty("text").GetString());
    }

    [Fact]
    public void Code_MalformedLine_IsReportedWithItsNumber_AndTheRunGoesOn()
    {
        var input = string.Join('\n',
            """{"id": "a", "date": "2025-03-01", "text": "Russia attacked Ukraine."}""",
            """{"id": "b", "date": "2025-03-01", "text": """,
            """not json at all""",
            """{"id": "c", "date": "March 1", "text": "Russia attacked Ukraine."}""",
            """{"id": "d", "date": "2025-03-01"}""",
            """{"id": "e", "date": "2025-03-01", "text": "China condemned Japan."}""");
        var (exit, output, errors) = Run(input);
        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        Assert.Equal(["a", "e"], output.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray());
        foreach (var number in new[] { 2, 3, 4, 5 })
            Assert.Contains($"line {number}:", errors);
        Assert.DoesNotContain("line 1:", errors);
        Assert.DoesNotContain("line 6:", errors);
    }

    [Fact]
    public void Code_LineWithoutEvent_WritesNothing()
    {
        var (exit, output, _) = Run("""{"id": "x", "date": "2025-03-01", "text": "The weather was mild in Seoul."}""");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Code_StreamsLineByLine_WritingBeforeTheInputEnds()
    {
        var input = new BlockingAfterFirstLine("""{"id": "a", "date": "2025-03-01", "text": "Russia attacked Ukraine."}""");
        var output = new StringWriter();
        var task = Task.Run(() => CodeCommand.Run(Pipelines.Full, input, output, TextWriter.Null), TestContext.Current.CancellationToken);
        Assert.True(SpinWait.SpinUntil(() => output.ToString().Contains("\"a\"", StringComparison.Ordinal), TimeSpan.FromSeconds(20)));
        input.Release();
        Assert.Equal(ExitCodes.Success, await task);
    }

    /// <summary>A reader that gives one line, then blocks until released: output must appear while it blocks.</summary>
    private sealed class BlockingAfterFirstLine(string first) : TextReader
    {
        private readonly ManualResetEventSlim _released = new();
        private int _calls;

        public void Release() => _released.Set();

        public override string? ReadLine()
        {
            if (Interlocked.Increment(ref _calls) == 1)
                return first;
            _released.Wait(TimeSpan.FromSeconds(30));
            return null;
        }
    }
}
