namespace Chronicle.Extraction.Text;

/// <summary>What one line of a text dump is, by its own shape and wording (before its position is considered).</summary>
public enum LineKind
{
    /// <summary>Prose: ends like a sentence, or is long.</summary>
    Text,

    /// <summary>A headline-like line: several words, no closing full stop (a title, a subheading, a teaser's title).</summary>
    Heading,

    /// <summary>A few words without sentence punctuation: navigation, a city, a label.</summary>
    Short,

    /// <summary>A line that is only a publication or update time.</summary>
    Timestamp,

    /// <summary>A source or byline line ("Bloomberg |", "By Jane Doe, Reuters", "(With inputs from AFP)").</summary>
    Credit,

    /// <summary>A photo caption: a description closed by a photo credit, or a line printed twice in a row.</summary>
    Caption,

    /// <summary>Share, subscribe, account and navigation widgets.</summary>
    Widget,

    /// <summary>Promotion, consent and rights lines.</summary>
    Promo,

    /// <summary>A heading that opens a block of teasers of other stories.</summary>
    TeaserHeading,

    /// <summary>A single link to another story ("Also read: …").</summary>
    TeaserLine,

    /// <summary>A weather or location widget value ("31.1 C").</summary>
    Weather,

    /// <summary>Inline CSS or script.</summary>
    Code,

    /// <summary>A line that repeats over many pages of the same outlet.</summary>
    Boilerplate,

    /// <summary>A line too long to be a paragraph.</summary>
    Oversized,
}
