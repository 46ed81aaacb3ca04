using Chronicle.Actors;

namespace Chronicle.Web;

/// <summary>How <c>chronicle serve</c> runs. The API is read-only unless <see cref="Ingest"/> is set.</summary>
/// <param name="Urls">Addresses to listen on (<c>http://127.0.0.1:5170</c>; port 0 picks a free one).</param>
public sealed record ChronicleWebOptions(IReadOnlyList<string> Urls)
{
    public const string DefaultUrl = "http://127.0.0.1:5170";

    /// <summary>The engine that extracts and analyses <c>POST /api/documents</c> bodies (<c>--allow-ingest</c>); null keeps the server read-only.</summary>
    public ChronicleEngine? Ingest { get; init; }

    /// <summary>Requests served at once; the others queue. Twice the cores by default.</summary>
    public int Concurrency { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>The dictionaries that name actors and know their roles over time.</summary>
    public ActorDictionary Actors { get; init; } = ActorDictionary.BuiltIn;
}
