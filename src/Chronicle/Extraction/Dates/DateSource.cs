namespace Chronicle.Extraction.Dates;

/// <summary>Where a candidate date was found, from the most to the least reliable source.</summary>
internal enum DateSource
{
    JsonLd,
    Meta,
    ItemProp,
    Url,
    TimeElement,
    Markup,
    Text,
}
