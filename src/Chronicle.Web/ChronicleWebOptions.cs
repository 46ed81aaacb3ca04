namespace Chronicle.Web;

/// <summary>How <c>chronicle serve</c> runs. The API is read-only.</summary>
/// <param name="Urls">Addresses to listen on (<c>http://127.0.0.1:5170</c>; port 0 picks a free one).</param>
public sealed record ChronicleWebOptions(IReadOnlyList<string> Urls)
{
    public const string DefaultUrl = "http://127.0.0.1:5170";
}
