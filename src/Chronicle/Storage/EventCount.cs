namespace Chronicle.Storage;

/// <summary>How many events of one quad class fall in one month (<c>2024-06</c>), for charts over time.</summary>
public readonly record struct EventCount(string Month, int QuadClass, int Count);
