using AngleSharp.Dom;

namespace Chronicle.Extraction.Dates;

/// <summary>Reads how a page writes numeric dates from its declared language: <c>en-US</c> writes month first, other
/// languages and regions day first; an undeclared or bare <c>en</c> page falls back to the separator convention.</summary>
internal static class PageLanguage
{
    public static NumericDateOrder NumericOrder(IDocument page)
    {
        var lang = page.DocumentElement?.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang))
            return NumericDateOrder.BySeparator;
        lang = lang.Trim();
        if (lang.StartsWith("en-us", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("en_us", StringComparison.OrdinalIgnoreCase))
            return NumericDateOrder.MonthFirst;
        return lang.Equals("en", StringComparison.OrdinalIgnoreCase) ? NumericDateOrder.BySeparator : NumericDateOrder.DayFirst;
    }
}
