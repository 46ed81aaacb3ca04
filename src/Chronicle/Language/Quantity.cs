namespace Chronicle.Language;

/// <summary>A quantity with its unit and whether it is approximate: <c>about 15,000 troops</c> → 15000, troops, approximate.</summary>
/// <param name="Unit">A normalised unit (km, mi, USD, KRW, RUB, %, people, troops, ordinal, …) or null for a bare number.</param>
public sealed record Quantity(int Start, int End, string Text, double Value, string? Unit, bool Approximate);
