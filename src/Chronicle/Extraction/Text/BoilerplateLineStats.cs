using System.Collections.Concurrent;
using Chronicle.Ingest;

namespace Chronicle.Extraction.Text;

/// <summary>Document frequencies of lines over the pages of each outlet (keyed by host, see <see cref="KeyOf"/>): a
/// line printed on most pages of one outlet is its boilerplate ("Subscribe to our daily brief", a footer). Ingest feeds
/// it with <see cref="Observe"/>; the text extractor consults it. Thread-safe. Lines are stored as 64-bit hashes of
/// their normalized text, so memory grows with distinct lines, not with their length.</summary>
public sealed class BoilerplateLineStats
{
    /// <summary>Below this many pages of an outlet, no line is called boilerplate (nothing is known yet).</summary>
    public const int MinDocuments = 4;

    /// <summary>Share of an outlet's pages a line must appear on to be boilerplate.</summary>
    public const double MinShare = 0.5;

    private readonly ConcurrentDictionary<string, OutletLines> _outlets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The key pages share when they come from one outlet: the URL's host, else the folder of the file.</summary>
    public static string? KeyOf(SourceDocument document)
    {
        if (OutletFinder.FromUrl(document.Url) is { } host)
            return host;
        var folder = Path.GetDirectoryName(document.Provenance.Source);
        return string.IsNullOrEmpty(folder) ? null : folder;
    }

    /// <summary>Counts each distinct line of one page once.</summary>
    public void Observe(string key, string content)
    {
        var outlet = _outlets.GetOrAdd(key, _ => new OutletLines());
        var seen = new HashSet<ulong>();
        foreach (var range in content.AsSpan().Split('\n'))
        {
            var line = content.AsSpan(range).Trim();
            if (line.Length == 0 || line.Length > LineClassifier.MaxLineLength)
                continue;
            var hash = Hash(LineText.Normalize(line));
            if (seen.Add(hash))
                outlet.Frequencies.AddOrUpdate(hash, 1, static (_, n) => n + 1);
        }

        Interlocked.Increment(ref outlet.Documents);
    }

    public void Observe(SourceDocument document)
    {
        if (KeyOf(document) is { } key)
            Observe(key, document.Content);
    }

    /// <summary>Pages observed for an outlet.</summary>
    public int Documents(string key) => _outlets.TryGetValue(key, out var outlet) ? Volatile.Read(ref outlet.Documents) : 0;

    /// <summary>Pages of an outlet on which a line appears.</summary>
    public int DocumentFrequency(string key, ReadOnlySpan<char> line) =>
        _outlets.TryGetValue(key, out var outlet) && outlet.Frequencies.TryGetValue(Hash(LineText.Normalize(line)), out var n) ? n : 0;

    /// <summary>Whether a line is printed on most of an outlet's pages (and enough pages are known to say so).</summary>
    public bool IsBoilerplate(string key, ReadOnlySpan<char> line)
    {
        var documents = Documents(key);
        if (documents < MinDocuments)
            return false;
        var frequency = DocumentFrequency(key, line);
        return frequency >= MinDocuments && frequency >= MinShare * documents;
    }

    /// <summary>FNV-1a over the normalized text: stable across runs, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static ulong Hash(string normalized)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in normalized)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    private sealed class OutletLines
    {
        public readonly ConcurrentDictionary<ulong, int> Frequencies = new();
        public int Documents;
    }
}
