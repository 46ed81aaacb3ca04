using AngleSharp.Dom;

namespace Chronicle.Extraction.Html;

/// <summary>The attributes the DOM walker reads, gathered in one pass over an element's attribute list (each GetAttribute call would scan it again).</summary>
internal readonly record struct ElementAttributes(string? Class, string? Id, string? Role, string? ItemProp, string? Rel, bool Hidden)
{
    public static ElementAttributes Read(IElement element)
    {
        string? cls = null, id = null, role = null, itemprop = null, rel = null;
        var hidden = false;
        foreach (var attribute in element.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "class": cls = attribute.Value; break;
                case "id": id = attribute.Value; break;
                case "role": role = attribute.Value; break;
                case "itemprop": itemprop = attribute.Value; break;
                case "rel": rel = attribute.Value; break;
                case "hidden": hidden = true; break;
                case "aria-hidden": hidden |= attribute.Value == "true"; break;
                case "style": hidden |= HidesElement(attribute.Value); break;
            }
        }

        return new ElementAttributes(cls, id, role, itemprop, rel, hidden);
    }

    private static bool HidesElement(string style) =>
        style.Length >= 10 && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase));
}
