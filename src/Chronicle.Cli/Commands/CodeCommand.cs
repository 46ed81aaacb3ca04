using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Events;
using Chronicle.Events.Json;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle code</c>: JSONL <c>{"id","date","text"}</c> on standard input, one coded event a line on standard
/// output. Lines are streamed (read, coded and written one at a time); a malformed line is reported on standard error
/// with its line number and the run goes on.</summary>
public static class CodeCommand
{
    public static Command Create(Func<EventPipeline> pipelineFactory)
    {
        var format = new Option<string>("--format") { Description = "Output format: jsonl (the only one).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var command = new Command("code", "Code events (CAMEO, PLOVER, status, evidence) from dated sentences: JSONL {\"id\",\"date\",\"text\"} on standard input.")
        {
            format,
        };
        command.SetAction(_ => Run(pipelineFactory(), Console.In, Console.Out, Console.Error));
        return command;
    }

    public static int Run(EventPipeline pipeline, TextReader input, TextWriter output, TextWriter errors)
    {
        var failed = 0;
        var number = 0;
        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer);
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var parsed = Parse(line);
            if (parsed.Error is not null)
            {
                failed++;
                errors.WriteLine($"chronicle code: line {number}: {parsed.Error}");
                continue;
            }

            var (context, text) = parsed.Value;
            foreach (var coded in pipeline.Code(context, text))
            {
                buffer.SetLength(0);
                writer.Reset(buffer);
                JsonSerializer.Serialize(writer, EventJson.From(coded), EventJsonContext.Default.EventJson);
                writer.Flush();
                output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }
        }

        output.Flush();
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private static Result<(DocumentContext, string)> Parse(string line)
    {
        CodeInputJson? input;
        try
        {
            input = JsonSerializer.Deserialize(line, EventJsonContext.Default.CodeInputJson);
        }
        catch (JsonException e)
        {
            return Result<(DocumentContext, string)>.Fail($"not a JSON object: {e.Message}");
        }

        if (input?.Text is null)
            return Result<(DocumentContext, string)>.Fail("missing \"text\".");
        DateOnly? date = null;
        if (!string.IsNullOrEmpty(input.Date))
        {
            if (!DateOnly.TryParseExact(input.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
                return Result<(DocumentContext, string)>.Fail($"\"date\" is not YYYY-MM-DD: {input.Date}");
            date = parsedDate;
        }

        return (new DocumentContext(input.Id ?? string.Empty, date), input.Text);
    }
}
