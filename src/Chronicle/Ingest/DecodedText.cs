namespace Chronicle.Ingest;

/// <summary>Bytes turned into text: the text, the encoding used, and notes on anything that had to be repaired.</summary>
internal sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<string> Notes);
