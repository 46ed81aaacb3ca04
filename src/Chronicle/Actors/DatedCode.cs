namespace Chronicle.Actors;

/// <summary>An actor code that holds over a period: from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive); an open end is null.</summary>
public readonly record struct DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool Covers(DateOnly date) => (From is not { } from || date >= from) && (To is not { } to || date < to);
}
