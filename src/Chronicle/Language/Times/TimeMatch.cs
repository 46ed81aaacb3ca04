namespace Chronicle.Language.Times;

/// <summary>A time expression found over tokens <see cref="First"/>..<see cref="Last"/> (inclusive), already resolved.</summary>
internal readonly record struct TimeMatch(int First, int Last, string Value, TimeGrain Grain);
