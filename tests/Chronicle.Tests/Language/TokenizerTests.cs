using Chronicle.Language;

namespace Chronicle.Tests.Language;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Russia's troops", "russia|'|s|troops")]
    [InlineData("the U.S. and Kim", "the|u.s.|and|kim")]
    [InlineData("1,587 kilometers-long", "1,587|kilometers-long")]
    [InlineData("3.5% rise", "3.5|%|rise")]
    [InlineData("Worker’s Party", "worker|’|s|party")]
    public void Tokenize_SplitsWordsNumbersAndPossessives(string text, string expected)
    {
        var norms = Tokenizer.Tokenize(text).Select(t => t.Norm);
        Assert.Equal(expected, string.Join('|', norms));
    }

    [Fact]
    public void Tokenize_KeepsOffsetsIntoTheText()
    {
        const string text = "Putin met Kim.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.All(tokens, t => Assert.Equal(t.Norm, text[t.Start..t.End].ToLowerInvariant()));
    }
}
