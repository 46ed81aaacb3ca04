using Chronicle.Actors;
using Chronicle.Events;
using Chronicle.Language;

namespace Chronicle.Tests.Events;

/// <summary>The real pipeline (language analysis, actor recognition, event coding), built once for all event tests.</summary>
internal static class Pipelines
{
    public static EventPipeline Full { get; } = new(new TextAnalyzer(), new ActorRecognizer(), new EventCoder());

    public static DateOnly SuiteDate { get; } = new(2025, 3, 3);
}
