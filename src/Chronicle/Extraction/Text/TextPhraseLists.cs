namespace Chronicle.Extraction.Text;

/// <summary>The phrase lists the text extractor reads lines with (data files under <c>Resources/extraction/text/</c>).
/// Loaded once; users can pass their own sets.</summary>
public sealed record TextPhraseLists(PhraseSet Widgets, PhraseSet Promos, PhraseSet TeaserHeadings, PhraseSet TeaserLines, PhraseSet PhotoWords, PhraseSet BylineLabels)
{
    public static TextPhraseLists Default { get; } = new(
        PhraseSet.FromResource("extraction/text/ui-lines.txt"),
        PhraseSet.FromResource("extraction/text/promo-lines.txt"),
        PhraseSet.FromResource("extraction/text/teaser-headings.txt"),
        PhraseSet.FromResource("extraction/text/teaser-lines.txt"),
        PhraseSet.FromResource("extraction/text/photo-credit-words.txt"),
        PhraseSet.FromResource("extraction/text/byline-labels.txt"));
}
