using System.Globalization;
using Chronicle.Storage;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Web;

/// <summary>
/// A token that changes whenever the archive's data may have changed, for ETags and the output cache: the length and
/// modification time of the SQLite file and its write-ahead log (so a <c>chronicle ingest</c> in another process
/// counts too), and the writes this process made. A store without files (a database server) changes it only through
/// <see cref="Changed"/>.
/// </summary>
public sealed class ArchiveVersion
{
    private readonly string[] files;
    private long writes;

    public ArchiveVersion(IEnumerable<string> files) => this.files = [.. files];

    /// <summary>The files whose changes show a store's writes: a SQLite database and its write-ahead log.</summary>
    public static ArchiveVersion For(IChronicleStore store) =>
        new(store is SqliteChronicleStore sqlite ? [sqlite.Path, sqlite.Path + "-wal"] : []);

    /// <summary>Records a write this process made (an ingest through the API).</summary>
    public void Changed() => Interlocked.Increment(ref writes);

    /// <summary>The current token: equal tokens mean the same data, so the same request gives the same answer.</summary>
    public string Current
    {
        get
        {
            var hash = new HashCode();
            hash.Add(Interlocked.Read(ref writes));
            foreach (var path in files)
            {
                var file = new FileInfo(path);
                hash.Add(file.Exists ? file.Length : -1);
                hash.Add(file.Exists ? file.LastWriteTimeUtc.Ticks : 0);
            }

            return ((uint)hash.ToHashCode()).ToString("x8", CultureInfo.InvariantCulture) + Interlocked.Read(ref writes).ToString("x", CultureInfo.InvariantCulture);
        }
    }
}
