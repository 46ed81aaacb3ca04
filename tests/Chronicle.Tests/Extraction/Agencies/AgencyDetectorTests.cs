using Chronicle.Extraction;
using Chronicle.Extraction.Agencies;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Extraction.Agencies;

/// <summary>Credit and non-credit cases from <c>Cases/agencies/credits.tsv</c>; each line places a text where credits
/// stand and names the agencies it credits.</summary>
public sealed class AgencyDetectorTests
{
    private static readonly string[] Filler =
    [
        "The talks lasted two hours and covered trade and security, officials said.",
        "Both sides agreed to meet again next month in the capital.",
    ];

    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        var path = Path.Combine(RepoPaths.Root, "tests", "Chronicle.Tests", "Cases", "agencies", "credits.tsv");
        using var reader = new StreamReader(path);
        foreach (var (number, line) in EmbeddedResources.ReadDataLines(reader))
        {
            var columns = line.Split('\t');
            data.Add(number, columns[0], columns[1], columns[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detect_CreditsOnlyWireServicesAtCreditPositions(int line, string where, string text, string expected)
    {
        var evidence = where switch
        {
            "byline" => new AgencyEvidence(text, [], Filler, null),
            "credit" => new AgencyEvidence(null, [text], Filler, null),
            "first" => new AgencyEvidence(null, [], [text, .. Filler, "The end."], null),
            "middle" => new AgencyEvidence(null, [], [Filler[0], text, .. Filler, "The end.", "Really the end."], null),
            "last" => new AgencyEvidence(null, [], [.. Filler, "More text here.", text], null),
            _ => throw new InvalidDataException($"credits.tsv:{line}: unknown position '{where}'"),
        };

        var agencies = AgencyDetector.Default.Detect(evidence);

        var wanted = expected == "-" ? [] : expected.Split(',');
        Assert.Equal(wanted, agencies);
    }

    [Fact]
    public void Catalog_LoadsUserFileAndMatchesItsAliases()
    {
        var user = AgencyCatalog.Load(new StringReader("# mine\nNorthwind Wire\tNWW|Northwind\n"), "mine.tsv");
        Assert.True(user.IsSuccess, user.Error);
        var detector = new AgencyDetector(AgencyCatalog.Default.With(user.Value!));

        Assert.Equal(["Northwind Wire"], detector.Detect(new AgencyEvidence("By NWW", [], [], null)));
        Assert.Equal(["Reuters"], detector.Detect(new AgencyEvidence("By Reuters", [], [], null)));
    }

    [Fact]
    public void Catalog_ReportsMalformedUserLine()
    {
        var user = AgencyCatalog.Load(new StringReader("Good\tG\nBad\tB\textra column\n"), "mine.tsv");
        Assert.False(user.IsSuccess);
        Assert.Contains("mine.tsv:2", user.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AP", "AP")]
    [InlineData("REUTERS", "Reuters")]
    [InlineData("Agence France-Presse", "AFP")]
    [InlineData("DPA", "dpa")]
    [InlineData("Ap", null)]
    [InlineData("apnews", null)]
    public void Catalog_MatchWhole_RespectsAcronymCase(string text, string? expected) =>
        Assert.Equal(expected, AgencyCatalog.Default.MatchWhole(text));
}
