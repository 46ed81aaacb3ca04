namespace Chronicle.Tests.Support;

/// <summary>Paths of the repository and of ../shared (seeds, datasets) beside it, found from the test binary's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"Chronicle.slnx not found above {AppContext.BaseDirectory}.");
    }
}
