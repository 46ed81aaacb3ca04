namespace Chronicle.Actors;

/// <summary>The dictionary name found at a word: its length and chosen entry, or why it is not taken as one.</summary>
internal readonly record struct NameMatch(int Length, NameAlias? Alias, NameOutcome Outcome)
{
    public static readonly NameMatch None = new(0, null, NameOutcome.None);

    public bool IsEntry => Outcome == NameOutcome.Entry;
}

internal enum NameOutcome : byte
{
    None,
    Entry,
    /// <summary>Part of a person's name (<c>Chad Smith</c>, <c>Michael Jordan</c>), read as an unknown entity.</summary>
    PersonName,
    /// <summary>Another sense that is no actor (<c>Turkey</c> at a Thanksgiving dinner).</summary>
    Skip,
}
