using Chronicle.Actors;
using Chronicle.Language;

namespace Chronicle.Tests.Actors;

public sealed class SourceCoderTests
{
    private static readonly SourceCoder Coder = new(new ActorRecognizer());

    [Theory]
    [InlineData("Seoul", "KORGOV")]
    [InlineData("KCNA", "PRKMED")]
    [InlineData("the official Korean Central News Agency", "PRKMED")]
    [InlineData("Russia’s Interfax", "RUSMED")]
    [InlineData("South Korea's Joint Chiefs of Staff", "KORMIL")]
    [InlineData("the Kremlin", "RUSGOV")]
    [InlineData("Yonhap", "KORMED")]
    [InlineData("South Korean assessments", "KOR")]
    [InlineData("Pentagon spokesman", "USAMIL")]
    [InlineData("officials", null)]
    [InlineData("", null)]
    public void CodeFor_SourceName_GivesItsActorCode(string source, string? code) =>
        Assert.Equal(code, Coder.CodeFor(source, new DateOnly(2025, 2, 28)));

    [Fact]
    public void Fill_QuoteSpeakerAndAttribution_TakeCodesFromTheTextsMentions()
    {
        const string text = "Kim Jong Un inspected the launch. “We will respond,” the North Korean leader said, according to KCNA.";
        var tokens = Tokenizer.Tokenize(text);
        var quoteStart = text.IndexOf('“');
        var attributionStart = text.IndexOf("according", StringComparison.Ordinal);
        var analysis = new TextAnalysis(text, tokens, [new Sentence(0, text.Length, 0, tokens.Count)], [], [],
            [new Quote(quoteStart, text.IndexOf('”') + 1, "We will respond", "the North Korean leader", "KCNA")],
            [new Attribution(attributionStart, text.Length - 1, "according to KCNA", "KCNA", null, 0)]);
        var recognizer = new ActorRecognizer();
        var date = new DateOnly(2025, 2, 28);
        var filled = new SourceCoder(recognizer).Fill(analysis, recognizer.Recognize(analysis, date), date);
        Assert.Equal("PRKMED", Assert.Single(filled.Attributions).SourceCode);
        Assert.Equal("PRKGOV", Assert.Single(filled.Quotes).SpeakerCode);
    }
}
