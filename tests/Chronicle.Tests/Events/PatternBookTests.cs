using Chronicle.Events;
using Chronicle.Events.Patterns;

namespace Chronicle.Tests.Events;

public sealed class PatternBookTests
{
    [Fact]
    public void Patterns_EveryCodeIsInTheCodebook_AndNothingIsSkipped()
    {
        Assert.Empty(PatternBook.Default.Skipped);
        foreach (var pattern in PatternBook.Default.Patterns)
            Assert.True(CameoCodebook.Default.TryGet(pattern.Code, out _), pattern.ToString());
    }

    [Fact]
    public void Patterns_CoverEveryRoot()
    {
        var roots = PatternBook.Default.Patterns.Select(p => p.Code[..2]).ToHashSet();
        for (var root = 1; root <= 20; root++)
            Assert.Contains(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture), roots);
    }

    [Theory]
    [InlineData("met", "meet")]
    [InlineData("held", "hold")]
    [InlineData("sent", "send")]
    [InlineData("praised", "praise")]
    [InlineData("shelled", "shell")]
    [InlineData("test-fired", "test-fire")]
    [InlineData("carried", "carry")]
    [InlineData("attacking", "attack")]
    public void Patterns_KnowRegularAndIrregularForms(string form, string lemma) =>
        Assert.Equal(lemma, PatternBook.Default.VerbLemma(form, form));

    [Fact]
    public void Patterns_LongerPatternsAreTriedFirst()
    {
        var send = PatternBook.Default.VerbPatterns("send");
        Assert.True(send.Count > 3);
        for (var i = 1; i < send.Count; i++)
            Assert.True(send[i - 1].Elements.Count >= send[i].Elements.Count);
    }

    [Fact]
    public void PatternFile_UnknownSet_IsAFormatErrorWithItsLine()
    {
        var error = Assert.Throws<FormatException>(() => PatternFileReader.Read([(7, "rule\tx\t040\tmeet &nothing")]));
        Assert.Contains("line 7", error.Message);
    }
}
