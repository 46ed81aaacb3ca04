using Chronicle.Cli;
using Chronicle.Events;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

public sealed class EngineSettingsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Dictionary()
    {
        var path = folder.File("mine.tsv");
        File.WriteAllText(path, "# a person our dictionaries do not know\nZoltan Varkonyi\tVarkonyi\tHUNGOV\t2020-01-01\t\tperson\n");
        return path;
    }

    [Fact]
    public void ActorsOption_LoadsTheUsersDictionary_ForCoding()
    {
        var settings = new EngineSettings();
        var parsed = CliApp.BuildRoot(settings).Parse(["code", "--actors", Dictionary()]);
        Assert.Empty(parsed.Errors);

        var events = settings.BuildPipeline().Code(new DocumentContext("1", new DateOnly(2024, 6, 19)), "Varkonyi met Vladimir Putin in Moscow.");
        Assert.Contains(events, e => e.Source == "HUNGOV" && e.Target == "RUSGOV" && e.Cameo.Root == "04");
    }

    [Fact]
    public void WithoutUserDictionary_TheNameIsNoActor()
    {
        var events = new EngineSettings().BuildPipeline().Code(new DocumentContext("1", new DateOnly(2024, 6, 19)), "Varkonyi met Vladimir Putin in Moscow.");
        Assert.DoesNotContain(events, e => e.Source == "HUNGOV");
    }

    [Fact]
    public void EnvironmentValue_IsAListOfDictionaries()
    {
        var path = Dictionary();
        var settings = new EngineSettings(path + Path.PathSeparator + " ");
        Assert.Equal([path], settings.ActorFiles);
    }

    [Fact]
    public void ActorsOption_MissingFile_IsAUsageError()
    {
        var parsed = CliApp.BuildRoot(new EngineSettings()).Parse(["code", "--actors", folder.File("nope.tsv")]);
        Assert.Contains(parsed.Errors, e => e.Message.Contains("no such file", StringComparison.Ordinal));
    }
}
