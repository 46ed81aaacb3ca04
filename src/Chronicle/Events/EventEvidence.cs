namespace Chronicle.Events;

/// <summary>Why an event was coded: the sentence and the spans of its source, verb phrase and target.</summary>
public sealed record EventEvidence(TextSpan Sentence, TextSpan? Source, TextSpan Verb, TextSpan? Target);
