using Chronicle.Actors;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Actors;

/// <summary>Runs every expectation of the case files under Cases/actors: real news sentences with the mentions and codes they must (or must not) give.</summary>
public sealed class MentionCaseTests
{
    private static readonly ActorRecognizer Recognizer = new();

    public static TheoryData<MentionCase> Cases()
    {
        var data = new TheoryData<MentionCase>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Cases", "actors"), "*.tsv").Order(StringComparer.Ordinal))
        {
            foreach (var (number, line) in EmbeddedResources.ReadDataLines(new StringReader(File.ReadAllText(file))))
            {
                foreach (var item in MentionCase.Parse(file, number, line))
                    data.Add(item);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognize_CaseSentence_GivesExpectedMention(MentionCase expected)
    {
        var start = Occurrence(expected.Text, expected.Span, expected.Occurrence);
        Assert.True(start >= 0, $"'{expected.Span}' (occurrence {expected.Occurrence}) is not in the text");
        var end = start + expected.Span.Length;
        var mentions = Recognizer.Recognize(ActorTestText.Analyse(expected.Text), expected.Date);
        var overlapping = mentions.Where(m => m.Start < end && start < m.End).ToList();
        var found = string.Join(" | ", mentions.Select(m => $"{m.Text}={m.Code ?? "-"}({m.Actor},{m.Rule})"));
        if (expected.MustNotMatch)
        {
            Assert.True(overlapping.All(m => m.Code is null), $"'{expected.Span}' must not be a coded mention; found {found}");
            return;
        }

        var nested = overlapping.Where(m => (m.Start <= start && m.End >= end) || (m.Start >= start && m.End <= end));
        Assert.True(
            nested.Any(m => m.Code == expected.Code && (expected.Actor is null || m.Actor == expected.Actor)),
            $"expected '{expected.Span}'={expected.Code ?? "-"}{(expected.Actor is null ? "" : $"({expected.Actor})")}; found {found}");
    }

    /// <summary>The start of the <paramref name="nth"/> whole-word occurrence of <paramref name="span"/>.</summary>
    private static int Occurrence(string text, string span, int nth)
    {
        var at = -1;
        for (var k = 0; k < nth;)
        {
            at = text.IndexOf(span, at + 1, StringComparison.Ordinal);
            if (at < 0)
                return -1;
            var end = at + span.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                k++;
        }

        return at;
    }
}
