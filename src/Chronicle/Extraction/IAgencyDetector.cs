namespace Chronicle.Extraction;

/// <summary>What an article offers as evidence of the wire services it is credited to.</summary>
/// <param name="Byline">The byline as printed ("By Jane Doe, Reuters"), if any.</param>
/// <param name="CreditLines">Lines around the body that may carry a credit: a source line under the title ("Bloomberg |"), a trailer ("(With inputs from AFP)"), JSON-LD author or publisher names.</param>
/// <param name="Paragraphs">The body, for datelines ("MOSCOW (Reuters) -") and credits inside it.</param>
/// <param name="Url">The page URL, if known.</param>
public sealed record AgencyEvidence(string? Byline, IReadOnlyList<string> CreditLines, IReadOnlyList<string> Paragraphs, string? Url);

/// <summary>Names the wire agencies a story is credited to. Photo credits ("(AFP)" under a caption) and agencies cited in the body ("Interfax reported") are not credits.</summary>
public interface IAgencyDetector
{
    IReadOnlyList<string> Detect(AgencyEvidence evidence);
}
