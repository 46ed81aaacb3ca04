namespace Chronicle.Language.Lexicon;

/// <summary>How an abbreviation's period behaves at a possible sentence end (see abbreviations.tsv).</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Ends a sentence only before a usual sentence opener (<c>Inc. The</c>).</summary>
    Other,

    /// <summary>Never ends a sentence: a name follows (<c>Mr. Putin</c>).</summary>
    Title,

    /// <summary>Does not end a sentence before a number (<c>No. 1</c>).</summary>
    BeforeNumber,
}
