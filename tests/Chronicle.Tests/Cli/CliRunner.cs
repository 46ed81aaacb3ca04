using System.CommandLine;
using Chronicle.Cli;
using Chronicle.Cli.Commands;
using Microsoft.Extensions.Time.Testing;

namespace Chronicle.Tests.Cli;

/// <summary>
/// Runs commands in-process, as the executable would, with captured output: by default the storage commands over the
/// test engine; with <paramref name="root"/> any command tree, such as the real one of <see cref="CliApp"/>.
/// </summary>
internal sealed class CliRunner(string database, Func<RootCommand>? root = null)
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        var commands = root?.Invoke() ?? new RootCommand("test")
        {
            IngestCommand.Create(IngestTestEngine.Create, time),
            ArticlesCommand.Create(time),
            ShowCommand.Create(time),
            SearchCommand.Create(time),
            StatsCommand.Create(time),
        };
        var parsed = commands.Parse([.. args, "--db", database]);
        var (output, errors) = (new StringWriter(), new StringWriter());
        if (parsed.Errors.Count > 0)
            return (ExitCodes.Usage, "", string.Join('\n', parsed.Errors.Select(e => e.Message)));
        var code = await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);
        return (code, output.ToString(), errors.ToString());
    }
}
