namespace Chronicle.Language;

public enum TimeGrain : byte
{
    Day,
    Week,
    Month,
    Year,
    Range,
    Time,
}

/// <summary>A temporal expression resolved to the calendar: <c>on Wednesday</c> → <c>2025-02-26</c> (day); <c>earlier this week</c> → <c>2025-02-24/2025-02-28</c> (range).</summary>
/// <param name="Value">ISO 8601: <c>2025-02-26</c>, <c>2024-06</c>, <c>2024</c>, <c>2025-W09</c>, a range <c>2025-02-24/2025-02-28</c>, or a date-time.</param>
public sealed record TimeExpression(int Start, int End, string Text, string Value, TimeGrain Grain);
