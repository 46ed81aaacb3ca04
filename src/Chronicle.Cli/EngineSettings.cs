using System.CommandLine;
using Chronicle.Actors;
using Chronicle.Events;
using Chronicle.Language;

namespace Chronicle.Cli;

/// <summary>What the command line and the environment say about building the engine: the user's actor dictionaries
/// (<c>--actors FILE</c>, repeatable, on every command; or <c>CHRONICLE_ACTORS</c>, paths separated by the path
/// separator). The recognizer is built once per run, and the dictionaries' problems are reported once.</summary>
public sealed class EngineSettings
{
    public const string ActorsVariable = "CHRONICLE_ACTORS";

    private readonly List<string> actorFiles = [];
    private ActorRecognizer? recognizer;

    public EngineSettings(string? environmentValue = null)
    {
        if (!string.IsNullOrWhiteSpace(environmentValue))
            actorFiles.AddRange(environmentValue.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    public static EngineSettings FromEnvironment() => new(Environment.GetEnvironmentVariable(ActorsVariable));

    /// <summary>The <c>--actors</c> option, recursive so every command takes it; a file that does not exist is a usage error.</summary>
    public Option<string[]> CreateActorsOption()
    {
        var option = new Option<string[]>("--actors")
        {
            Description = $"A user actor dictionary (Chronicle TSV, or TABARI/PETRARCH .actors/.agents) that extends or overrides ours; repeatable. Also ${ActorsVariable}.",
            HelpName = "FILE",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            foreach (var file in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!File.Exists(file))
                    result.AddError($"--actors: {file}: no such file.");
                else if (!actorFiles.Contains(file))
                    actorFiles.Add(file);
            }
        });
        return option;
    }

    public IReadOnlyList<string> ActorFiles => actorFiles;

    public ChronicleEngine BuildEngine() => new ChronicleBuilder().UseActorRecognizer(Recognizer()).Build();

    public EventPipeline BuildPipeline() => new(new TextAnalyzer(), Recognizer(), new EventCoder());

    private ActorRecognizer Recognizer()
    {
        if (recognizer is not null)
            return recognizer;
        if (actorFiles.Count == 0)
            return recognizer = new ActorRecognizer();
        var dictionary = ActorDictionary.Load(actorFiles);
        foreach (var issue in dictionary.Issues)
            Console.Error.WriteLine($"chronicle: {issue}");
        return recognizer = new ActorRecognizer(dictionary);
    }
}
