using Chronicle.Ingest;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

/// <summary>What later issues rely on in samples/: at least 30 documents, every input format, one wire story in three outlets.</summary>
public sealed class SamplesTests
{
    [Fact]
    public void Samples_LoadWithoutFailure_AtLeast30Documents_InEveryFormat()
    {
        using var loader = new DocumentLoader();

        var loaded = loader.LoadWithSources([RepoPaths.Samples]).ToList();

        Assert.All(loaded, document => Assert.True(document.Document.IsSuccess, document.Document.Error));
        Assert.True(loaded.Count >= 30, $"{loaded.Count} documents");
        var containers = loaded.Select(d => Path.GetFileName(d.Source)).ToHashSet();
        foreach (var suffix in new[] { ".txt", ".html", ".rss", ".atom", ".jsonl", ".warc.gz" })
            Assert.Contains(containers, name => name.EndsWith(suffix, StringComparison.Ordinal));
    }

    [Fact]
    public void WireStory_IsRepublishedByThreeOutlets()
    {
        const string lead = "North Korea has sent 1,500 special forces troops to Russia's Far East for training and acclimatisation";

        var copies = Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(path => File.ReadAllText(path).Contains(lead, StringComparison.Ordinal))
            .Select(path => Path.GetFileName(path).Split('-')[0])
            .ToHashSet();

        Assert.Equal(3, copies.Count);
    }
}
