using System.Collections.Frozen;
using Chronicle.Extraction.Agencies;

namespace Chronicle.Language.Lexicon;

internal enum SpeechKind : byte
{
    Speech,
    Report,
    Evidence,
}

/// <summary>The words of quotes and attribution: speech verbs, source nouns, statement phrases, non-sources after
/// "according to", and the channels (wire agencies plus channels.tsv) that carry quotes.</summary>
internal sealed class SpeechWords
{
    public SpeechWords(DataFiles files)
    {
        Verbs = files.Map("speech-verbs.tsv", (c, line) => c[1] switch
        {
            "report" => SpeechKind.Report,
            "speech" => SpeechKind.Speech,
            "evidence" => SpeechKind.Evidence,
            _ => throw new FormatException($"speech-verbs.tsv line {line}: unknown kind '{c[1]}'."),
        });
        SourceNouns = files.Read("source-nouns.txt")
            .ToFrozenDictionary(r => r.Columns[0].ToLowerInvariant(), r => r.Columns.Length > 1 && r.Columns[1] == "evidence", StringComparer.Ordinal);
        StatementPhrases = files.Read("statement-phrases.txt")
            .Select(r => r.Columns[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OrderByDescending(p => p.Length)
            .ToArray();
        NonSources = files.Set("non-sources.txt");
        var channels = string.Join('\n', files.Read("channels.tsv").Select(r => string.Join('\t', r.Columns)));
        var loaded = AgencyCatalog.Load(new StringReader(channels), "channels.tsv");
        Channels = AgencyCatalog.Default.With(loaded.Value ?? throw new FormatException(loaded.Error));
    }

    /// <summary>Speech verb lemmas and what they do.</summary>
    public FrozenDictionary<string, SpeechKind> Verbs { get; }

    /// <summary>Nouns that head a source, with whether they are evidence ("assessments") that can "suggest".</summary>
    public FrozenDictionary<string, bool> SourceNouns { get; }

    public string[][] StatementPhrases { get; }

    public FrozenSet<string> NonSources { get; }

    public AgencyCatalog Channels { get; }
}
