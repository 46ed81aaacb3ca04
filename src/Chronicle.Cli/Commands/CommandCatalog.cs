using System.CommandLine;

namespace Chronicle.Cli.Commands;

/// <summary>Every command of the CLI, one factory a line; each command lives in a file of its own in this folder.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All(EngineSettings settings)
    {
        yield return ExtractCommand.Create(settings.BuildEngine);
        yield return AnalyseCommand.Create(settings.BuildEngine);
        yield return QuotesCommand.Create(settings.BuildEngine);
        yield return BenchCommand.Create();
        yield return IngestCommand.Create(settings.BuildEngine, TimeProvider.System);
        yield return WatchCommand.Create(settings.BuildEngine, TimeProvider.System);
        yield return ArticlesCommand.Create(TimeProvider.System);
        yield return ShowCommand.Create(TimeProvider.System);
        yield return SearchCommand.Create(TimeProvider.System);
        yield return StatsCommand.Create(TimeProvider.System);
        yield return EventsCommand.Create(TimeProvider.System);
        yield return TimelineCommand.Create(TimeProvider.System);
        yield return ExplainCommand.Create(TimeProvider.System);
        yield return MergedEventCommand.Create(TimeProvider.System);
        yield return StoriesCommand.CreateList(TimeProvider.System);
        yield return StoriesCommand.CreateOne(TimeProvider.System);
        yield return ActorsCommand.CreateList(TimeProvider.System);
        yield return ActorsCommand.CreateOne(TimeProvider.System);
        yield return ServeCommand.Create(settings.BuildEngine, TimeProvider.System);
        yield return CodeCommand.Create(settings.BuildPipeline);
        yield return ClusterCommand.Create(settings.BuildEngine, TimeProvider.System);
    }
}
