using System.CommandLine;
using Chronicle.Actors;
using Chronicle.Events;
using Chronicle.Language;

namespace Chronicle.Cli.Commands;

/// <summary>Every command of the CLI, one factory a line; each command lives in a file of its own in this folder.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ExtractCommand.Create(() => new ChronicleBuilder().Build());
        yield return AnalyseCommand.Create(() => new ChronicleBuilder().Build());
        yield return QuotesCommand.Create(() => new ChronicleBuilder().Build());
        yield return BenchCommand.Create();
        yield return IngestCommand.Create(() => new ChronicleBuilder().Build(), TimeProvider.System);
        yield return ArticlesCommand.Create(TimeProvider.System);
        yield return ShowCommand.Create(TimeProvider.System);
        yield return SearchCommand.Create(TimeProvider.System);
        yield return StatsCommand.Create(TimeProvider.System);
        yield return EventsCommand.Create(TimeProvider.System);
        yield return TimelineCommand.Create(TimeProvider.System);
        yield return ExplainCommand.Create(TimeProvider.System);
        yield return ActorsCommand.CreateList(TimeProvider.System);
        yield return ActorsCommand.CreateOne(TimeProvider.System);
        yield return ServeCommand.Create();
        yield return CodeCommand.Create(() => new EventPipeline(new TextAnalyzer(), new ActorRecognizer(), new EventCoder()));
    }
}
