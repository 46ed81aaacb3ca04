namespace Chronicle.Language;

/// <summary>A direct, partial or reported quote with its speaker and the channel that carried it.</summary>
/// <param name="Speaker">The speaker as named in the text (a pronoun resolved to the nearest fitting name), or null when unknown.</param>
/// <param name="Via">The channel that carried the quote (<c>Korean Central News Agency</c>, <c>Interfax</c>), or null.</param>
/// <param name="SpeakerCode">The speaker's actor code, filled by actor recognition.</param>
public sealed record Quote(int Start, int End, string Text, string? Speaker, string? Via, string? SpeakerCode = null);
