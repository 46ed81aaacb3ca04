namespace Chronicle.Language;

/// <summary>Who a claim rests on: <c>Seoul said</c>, <c>according to KCNA</c>, <c>officials said</c>.</summary>
/// <param name="Start">Start of the attribution phrase (the span covers the cue, e.g. <c>Seoul said</c>).</param>
/// <param name="Source">The source as written (<c>Seoul</c>, <c>South Korean assessments</c>).</param>
/// <param name="SourceCode">The source's actor code, filled by actor recognition.</param>
/// <param name="Sentence">Index of the sentence whose claim this attribution covers.</param>
public sealed record Attribution(int Start, int End, string Text, string Source, string? SourceCode, int Sentence);
