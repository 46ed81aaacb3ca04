using System.IO.Compression;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

public sealed class SampleWarcTests
{
    /// <summary>Set to 1 to rewrite the committed sample archive from <see cref="SampleWarc"/> before checking it.</summary>
    private const string RegenerateVariable = "CHRONICLE_WRITE_SAMPLES";

    [Fact]
    public async Task CommittedSampleWarc_HoldsExactlyTheGeneratedRecords()
    {
        var path = Path.Combine(RepoPaths.Root, SampleWarc.RelativePath);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
            await File.WriteAllBytesAsync(path, SampleWarc.Build(), TestContext.Current.CancellationToken);

        await using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var content = new MemoryStream();
        await gzip.CopyToAsync(content, TestContext.Current.CancellationToken);

        Assert.Equal(SampleWarc.Records().SelectMany(r => r).ToArray(), content.ToArray());
    }
}
