using System.Text;
using System.Xml;

namespace Chronicle.Ingest;

/// <summary>
/// Turns inputs — file paths, directories (recursive, in ordinal path order), <c>-</c> for standard input, and http(s)
/// URLs — into a lazy stream of documents. Each input's kind is sniffed from its bytes: HTML, plain text, JSONL, RSS/Atom,
/// WARC, gzip of any of these. A bad input (or a bad record inside one) is a failure naming the input and the reason,
/// and the stream goes on with the next.
/// </summary>
public sealed class DocumentLoader : IDisposable
{
    private readonly IngestOptions options;
    private readonly TimeProvider time;
    private readonly Func<Stream> openStandardInput;
    private readonly Lazy<UrlFetcher> fetcher;

    /// <param name="options">Limits; <see cref="IngestOptions.Default"/> when null.</param>
    /// <param name="time">"Now", the fetch time of standard input and of URLs whose server sends no Date.</param>
    /// <param name="standardInput">Opens what <c>-</c> reads; the process's standard input when null.</param>
    /// <param name="http">The client for URLs; one configured from <paramref name="options"/> when null (and then owned).</param>
    public DocumentLoader(IngestOptions? options = null, TimeProvider? time = null, Func<Stream>? standardInput = null, HttpClient? http = null)
    {
        this.options = options ?? IngestOptions.Default;
        this.time = time ?? TimeProvider.System;
        openStandardInput = standardInput ?? Console.OpenStandardInput;
        fetcher = new Lazy<UrlFetcher>(() => new UrlFetcher(http, this.options, this.time));
    }

    /// <summary>The documents of the inputs, in order; a failure's reason starts with the input it concerns.</summary>
    public IEnumerable<Result<SourceDocument>> Load(IEnumerable<string> inputs) =>
        LoadWithSources(inputs).Select(loaded => loaded.Document.IsSuccess
            ? loaded.Document
            : Result<SourceDocument>.Fail($"{loaded.Source}: {loaded.Document.Error}"));

    /// <summary>The documents of the inputs, in order, each with the input (path, URL or <c>-</c>) it came from.</summary>
    public IEnumerable<LoadedDocument> LoadWithSources(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            foreach (var loaded in LoadOne(input))
                yield return loaded;
        }
    }

    /// <summary>The loader's HTTP fetcher, for callers that poll URLs themselves (a watch's conditional requests).</summary>
    internal UrlFetcher Fetcher => fetcher.Value;

    /// <summary>The documents of one stream already open (a request body), named <paramref name="source"/> and fetched now;
    /// <paramref name="url"/> is the page's address when known. The stream is disposed at the end.</summary>
    public IEnumerable<LoadedDocument> LoadStream(string source, Stream stream, long? length = null, string? url = null) =>
        Read(new InputOrigin(source, url, time.GetUtcNow(), null, length), stream);

    public void Dispose()
    {
        if (fetcher.IsValueCreated)
            fetcher.Value.Dispose();
    }

    private IEnumerable<LoadedDocument> LoadOne(string input)
    {
        if (input == "-")
            return LoadStream("-", openStandardInput());
        if (UrlFetcher.IsUrl(input))
            return fetcher.Value.Fetch(input, Read);
        if (Directory.Exists(input))
            return FilesUnder(input).SelectMany(LoadFile);
        return LoadFile(input);
    }

    private static IEnumerable<string> FilesUnder(string directory)
    {
        // Hidden entries are skipped by AttributesToSkip, and a folder's README (its documentation, not a news document) by name.
        var files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(path => !Path.GetFileName(path).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private IEnumerable<LoadedDocument> LoadFile(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return [Failed(path, "no such file or directory")];
        }
        catch (UnauthorizedAccessException)
        {
            return [Failed(path, "permission denied")];
        }
        catch (IOException e)
        {
            return [Failed(path, e.Message)];
        }

        var origin = new InputOrigin(path, null, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero), null, stream.Length);
        return Read(origin, stream);
    }

    /// <summary>Reads one opened input to its end; an I/O, decompression or XML error ends it with one failure after what was read.</summary>
    private IEnumerable<LoadedDocument> Read(InputOrigin origin, Stream stream)
    {
        IRecordReader? records = null;
        try
        {
            while (true)
            {
                Result<SourceDocument>? next;
                var stop = false;
                try
                {
                    records ??= RecordReaders.Open(new ByteReader(stream), origin, options);
                    next = records.Next();
                }
                catch (Exception e) when (e is IOException or InvalidDataException or XmlException or DecoderFallbackException)
                {
                    next = Result<SourceDocument>.Fail(Describe(e));
                    stop = true;
                }

                if (next is not { } result)
                    yield break;
                yield return new LoadedDocument(origin.Source, result);
                if (stop)
                    yield break;
            }
        }
        finally
        {
            if (records is not null)
                records.Dispose();
            else
                stream.Dispose();
        }
    }

    private static string Describe(Exception e) => e switch
    {
        InvalidDataException or EndOfStreamException => "damaged or truncated compressed data: " + e.Message,
        _ => e.Message,
    };

    private static LoadedDocument Failed(string source, string reason) => new(source, Result<SourceDocument>.Fail(reason));
}
