namespace Chronicle.Language;

/// <summary>A quantity with its unit and whether it is approximate: <c>about 15,000 troops</c> → 15000, troops, approximate.</summary>
/// <param name="Unit">A normalised unit (km, mi, USD, KRW, RUB, %, people, troops, ordinal, …) or null for a bare number.</param>
/// <param name="Max">The upper bound of a range (<c>10,000 to 12,000</c> → 10000, max 12000); null for a single value.</param>
public sealed record Quantity(int Start, int End, string Text, double Value, string? Unit, bool Approximate, double? Max = null);
