using System.Text.Json.Serialization;

namespace Chronicle.Events.Json;

/// <summary>A coded event as PRODUCT.md's <c>code</c> contract writes it (snake_case JSON).</summary>
/// <param name="Id">The id of the input line (document) the event was coded from.</param>
public sealed record EventJson(
    string Id,
    string? Source,
    string? Target,
    string Cameo,
    string Plover,
    int QuadClass,
    double Goldstein,
    string? Date,
    string? Location,
    string? ReportedBy,
    string Status,
    EvidenceJson Evidence,
    string Rule,
    double Confidence)
{
    /// <summary>Source and target fall back to the actor's name when the actor layer knows no code for it.</summary>
    public static EventJson From(CodedEvent e) => new(
        e.DocumentId,
        e.Source ?? e.SourceName,
        e.Target ?? e.TargetName,
        e.Cameo.Code,
        e.Cameo.Plover,
        e.Cameo.QuadClass,
        e.Cameo.Goldstein,
        e.Date,
        e.Location,
        e.ReportedBy,
        StatusNames.Name(e.Status),
        new EvidenceJson(e.Evidence.Sentence.Text, e.Evidence.Sentence.Start, SpanJson.From(e.Evidence.Source),
            SpanJson.From(e.Evidence.Verb)!, SpanJson.From(e.Evidence.Target), e.Cameo.Name, e.Cameo.PloverMode),
        e.Rule,
        e.Confidence);
}

/// <summary>Why the event was coded: the sentence (and its offset in the text), the spans of source, verb phrase and
/// target, the CAMEO code's name and the PLOVER mode.</summary>
public sealed record EvidenceJson(
    string Sentence,
    int SentenceStart,
    SpanJson? Source,
    SpanJson Verb,
    SpanJson? Target,
    string CameoName,
    string? PloverMode);

/// <summary>A span of the input text: character offsets and the characters.</summary>
public sealed record SpanJson(int Start, int End, string Text)
{
    public static SpanJson? From(TextSpan? span) => span is null ? null : new SpanJson(span.Start, span.End, span.Text);
}

/// <summary>One input line of <c>chronicle code</c>: <c>{"id", "date", "text"}</c>.</summary>
public sealed record CodeInputJson(string? Id, string? Date, string? Text);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(EventJson))]
[JsonSerializable(typeof(CodeInputJson))]
public sealed partial class EventJsonContext : JsonSerializerContext;
