namespace Chronicle.Extraction.Agencies;

/// <summary>An agency name found in a text: the canonical agency and where its alias stands.</summary>
public readonly record struct AgencyMatch(string Agency, int Start, int Length)
{
    public int End => Start + Length;
}
