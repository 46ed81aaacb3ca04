using System.Text;
using Chronicle.Language;

namespace Chronicle.Tests.Language;

/// <summary>Input that is not prose: no exception escapes, and every list stays bounded by the text's size.</summary>
public sealed class BadInputTests
{
    private static readonly TextAnalyzer Analyzer = new();

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>
        {
            { "empty", "" },
            { "blank", " \n\n\t  \r\n " },
            { "punctuation only", "..... ??? !!! “”“” \"\"\" ’’’ ,,,, ---" },
            { "unbalanced quotes", string.Concat(Enumerable.Repeat("“He said it began, ", 2000)) + "and then “nothing" },
            { "straight quotes only", string.Concat(Enumerable.Repeat("\" a \" b \" c ", 3000)) },
            { "mixed scripts", "Путин встретился с Ким Чен Ыном 3 сентября. 김정은은 “러시아를 돕겠다”고 말했다. بوتين قال “نعم” 2025-09-03. 😀 ‮RTL‬ e\u0301 \uD800 lone surrogate." },
            { "digits", string.Concat(Enumerable.Repeat("1,2.3-4/5:6 ", 5000)) + new string('9', 400) + " trillion" },
            { "numbers and months", string.Concat(Enumerable.Repeat("June 31 February 30 2025-13-45 99/99/9999 Q9 last next the past ", 500)) },
            { "abbreviations", string.Concat(Enumerable.Repeat("U.S. Mr. No. a.m. J. ... ", 5000)) },
        };
        var random = new Random(4);
        var chars = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
            chars.Append((char)random.Next(0, 0x3000));
        data.Add("random characters", chars.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Analyse_BadInput_StaysBounded(string name, string text)
    {
        foreach (var anchor in new DateOnly?[] { null, new DateOnly(2025, 2, 28), DateOnly.MinValue, DateOnly.MaxValue })
        {
            var analysis = Analyzer.Analyse(text, anchor);
            Assert.True(analysis.Tokens.Count <= text.Length, name);
            Assert.True(analysis.Sentences.Count <= text.Length + 1, name);
            Assert.All(analysis.Sentences, s => Assert.True(s.TokenCount <= SentenceSplitterLimit, name));
            Assert.True(analysis.Times.Count + analysis.Quantities.Count + analysis.Quotes.Count + analysis.Attributions.Count <= 2 * analysis.Tokens.Count + 1, name);
            Assert.All(analysis.Quotes, q => Assert.Equal(text[q.Start..q.End], q.Text));
            Assert.All(analysis.Quantities, q => Assert.True(double.IsFinite(q.Value), name));
        }
    }

    [Fact]
    public void Analyse_MegabyteParagraphWithoutPunctuation_SplitsIntoBoundedSentences()
    {
        var words = new[] { "troops", "moved", "north", "toward", "the", "border", "and", "Kim", "said", "that" };
        var text = new StringBuilder(1 << 20);
        for (var i = 0; text.Length < 1 << 20; i++)
            text.Append(words[i % words.Length]).Append(' ');

        var analysis = Analyzer.Analyse(text.ToString(), new DateOnly(2025, 2, 28));

        Assert.True(analysis.Sentences.Count >= analysis.Tokens.Count / SentenceSplitterLimit);
        Assert.All(analysis.Sentences, s => Assert.True(s.TokenCount <= SentenceSplitterLimit));
    }

    [Fact]
    public void Analyse_Null_IsABug()
    {
        Assert.Throws<ArgumentNullException>(() => Analyzer.Analyse(null!, null));
    }

    private const int SentenceSplitterLimit = 250;

    [Fact]
    public void SentenceLimit_MatchesTheSplitter() => Assert.Equal(SentenceSplitterLimit, Chronicle.Language.SentenceSplitter.MaxSentenceTokens);
}
