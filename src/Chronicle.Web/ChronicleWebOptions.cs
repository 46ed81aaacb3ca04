namespace Chronicle.Web;

/// <summary>How <c>chronicle serve</c> runs: where it listens and whether it accepts documents.</summary>
/// <param name="Urls">Addresses to listen on (<c>http://127.0.0.1:5170</c>; port 0 picks a free one).</param>
/// <param name="AllowIngest">When false (the default) the API is read-only.</param>
/// <param name="MaxUploadBytes">Largest document <c>POST /api/documents</c> accepts.</param>
public sealed record ChronicleWebOptions(IReadOnlyList<string> Urls, bool AllowIngest = false, long MaxUploadBytes = 10 * 1024 * 1024)
{
    public const string DefaultUrl = "http://127.0.0.1:5170";
}
