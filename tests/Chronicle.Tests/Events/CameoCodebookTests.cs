using Chronicle.Events;

namespace Chronicle.Tests.Events;

public sealed class CameoCodebookTests
{
    private static readonly HashSet<string> PloverTypes =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
        "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    [Fact]
    public void Codebook_EveryCode_HasNameQuadClassGoldsteinAndPloverType()
    {
        var book = CameoCodebook.Default;
        Assert.True(book.Count > 300, $"only {book.Count} codes");
        foreach (var code in book.Codes)
        {
            Assert.False(string.IsNullOrWhiteSpace(code.Name), code.Code);
            Assert.InRange(code.QuadClass, 1, 4);
            Assert.InRange(code.Goldstein, -10.0, 10.0);
            Assert.Contains(code.Plover, PloverTypes);
            Assert.True(book.TryGet(code.Root, out _), $"{code.Code} has no root entry");
        }
    }

    [Fact]
    public void Codebook_HasAllTwentyRoots_WithGdeltQuadClasses()
    {
        for (var root = 1; root <= 20; root++)
        {
            var code = root.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var expectedQuad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Assert.Equal(expectedQuad, CameoCodebook.Default[code].QuadClass);
            Assert.Contains(CameoCodebook.Default.Codes, c => c.Code.Length == 3 && c.Root == code);
        }
    }

    [Theory]
    [InlineData("01", 0.0)]
    [InlineData("02", 3.0)]
    [InlineData("03", 4.0)]
    [InlineData("04", 1.0)]
    [InlineData("042", 1.9)]
    [InlineData("043", 2.8)]
    [InlineData("05", 3.5)]
    [InlineData("057", 8.0)]
    [InlineData("06", 6.0)]
    [InlineData("07", 7.0)]
    [InlineData("08", 5.0)]
    [InlineData("09", -2.0)]
    [InlineData("10", -5.0)]
    [InlineData("11", -2.0)]
    [InlineData("12", -4.0)]
    [InlineData("13", -6.0)]
    [InlineData("14", -6.5)]
    [InlineData("15", -7.2)]
    [InlineData("16", -4.0)]
    [InlineData("163", -8.0)]
    [InlineData("17", -7.0)]
    [InlineData("18", -9.0)]
    [InlineData("19", -10.0)]
    [InlineData("20", -10.0)]
    public void Codebook_Goldstein_IsThePublishedWeight(string code, double goldstein) =>
        Assert.Equal(goldstein, CameoCodebook.Default[code].Goldstein);

    [Theory]
    [InlineData("042", "CONSULT", "visit")]
    [InlineData("057", "AGREE", "sign")]
    [InlineData("074", "AID", "military")]
    [InlineData("0874", "RETREAT", "surrender")]
    [InlineData("1385", "THREATEN", "force")]
    [InlineData("195", "ASSAULT", "aerial")]
    public void Codebook_Plover_UsesTheLongestMappedPrefix(string code, string type, string mode)
    {
        Assert.Equal(type, CameoCodebook.Default[code].Plover);
        Assert.Equal(mode, CameoCodebook.Default[code].PloverMode);
    }
}
