using System.Text.Json;
using Chronicle.Ingest;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Seeds;

/// <summary>One seed page of ../shared/seeds: the dump and its <c>.expected.json</c>. Later layers read their own
/// sections (<c>sentences</c>, <c>events_must_find</c>) through <see cref="Section"/>.</summary>
public sealed record SeedCase(string Name, string DocumentPath, JsonElement Expected)
{
    /// <summary>Every seed, found by its <c>.expected.json</c> file: adding a seed is adding files.</summary>
    public static IReadOnlyList<SeedCase> All() => Cache.Value;

    public static SeedCase Get(string name) => All().Single(s => s.Name == name);

    private static readonly Lazy<IReadOnlyList<SeedCase>> Cache = new(Load);

    /// <summary>A top-level section of the expectations, when present ("article", "sentences", "events_must_find").</summary>
    public JsonElement? Section(string name) => Expected.TryGetProperty(name, out var value) ? value : null;

    public string ReadDocument() => File.ReadAllText(DocumentPath);

    public SourceDocument ToSourceDocument()
    {
        var bytes = File.ReadAllBytes(DocumentPath);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return new SourceDocument(Name, ReadDocument(), DocumentFormat.Text, new Provenance(DocumentPath, null, null, null, hash));
    }

    public override string ToString() => Name;

    private static IReadOnlyList<SeedCase> Load()
    {
        const string suffix = ".expected.json";
        var seeds = new List<SeedCase>();
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Seeds, "*" + suffix).Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement.Clone();
            var name = Path.GetFileName(path)[..^suffix.Length];
            var document = root.TryGetProperty("document", out var d) && d.GetString() is { } file ? file : name + ".txt";
            seeds.Add(new SeedCase(name, Path.Combine(RepoPaths.Seeds, document), root));
        }

        return seeds;
    }
}
