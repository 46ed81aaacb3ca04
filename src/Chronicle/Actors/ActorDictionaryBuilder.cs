using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;

namespace Chronicle.Actors;

/// <summary>Collects names, roles and cues from our data files and users' files, reports conflicts, and builds the frozen <see cref="ActorDictionary"/>.</summary>
public sealed class ActorDictionaryBuilder
{
    private readonly PhraseTrie<NameAlias>.Builder _names = new();
    private readonly PhraseTrie<RoleEntry>.Builder _roles = new();
    private readonly PhraseTrie<CorefEntry>.Builder _coref = new();
    private readonly Dictionary<string, AmbiguityRule> _ambiguities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityCue> _cues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commonWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorType> _roleTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActorEntry>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DictionaryIssue> _issues = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly long _startBytes = GC.GetAllocatedBytesForCurrentThread();
    private int _actors;
    private int _places;

    public IReadOnlyList<DictionaryIssue> Issues => _issues;

    /// <summary>Adds Chronicle's own data files (Resources/actors).</summary>
    public ActorDictionaryBuilder AddBuiltIn()
    {
        BuiltInActorFiles.Load(this);
        return this;
    }

    /// <summary>Adds a user's file: TABARI/PETRARCH <c>.actors</c> or <c>.agents</c>, or else our actor TSV format. Its entries override ours.</summary>
    public ActorDictionaryBuilder AddFile(string path)
    {
        if (!File.Exists(path))
        {
            Report(path, 0, DictionaryIssueKind.Malformed, "file not found");
            return this;
        }

        using var reader = new StreamReader(path);
        return AddFile(path, reader);
    }

    /// <summary>Adds a user's dictionary read from <paramref name="reader"/>; <paramref name="name"/> (a path) names it in reports and picks the format by extension.</summary>
    public ActorDictionaryBuilder AddFile(string name, TextReader reader)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".actors")
            PetrarchActorsReader.Read(this, name, reader);
        else if (extension == ".agents")
            PetrarchAgentsReader.Read(this, name, reader);
        else
            ActorTsvReader.Read(this, name, EmbeddedResources.ReadDataLines(reader), user: true);
        return this;
    }

    public ActorDictionary Build()
    {
        var stats = new DictionaryStats(_actors, _names.Count, _roles.Count, _places, TimeSpan.Zero, 0);
        var dictionary = new ActorDictionary(
            _names.Build(),
            _roles.Build(),
            _coref.Build(),
            _ambiguities.ToFrozenDictionary(StringComparer.Ordinal),
            _cues.ToFrozenDictionary(StringComparer.Ordinal),
            _commonWords.ToFrozenSet(StringComparer.Ordinal),
            _countries.ToFrozenDictionary(StringComparer.Ordinal),
            _regions.ToFrozenDictionary(StringComparer.Ordinal),
            _byName.ToFrozenDictionary(pair => pair.Key, pair => (IReadOnlyList<ActorEntry>)pair.Value, StringComparer.OrdinalIgnoreCase),
            [.. _issues],
            stats with { LoadTime = _clock.Elapsed, AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - _startBytes });
        return dictionary;
    }

    internal void Report(string file, int line, DictionaryIssueKind kind, string message) =>
        _issues.Add(new DictionaryIssue(file, line, kind, message));

    internal void AddCountry(string code, string name) => _countries.TryAdd(code, name);

    internal void AddRegionName(string code, string name) => _regions.TryAdd(code, name);

    /// <summary>Adds an actor under its canonical name and aliases. A user entry replaces our entries of the same kind under the same name, reported as a conflict.</summary>
    internal void AddActor(ActorEntry entry, IEnumerable<string> aliases, bool user, string file, int line)
    {
        _actors++;
        if (entry.Kind == EntryKind.Place)
            _places++;
        if (!_byName.TryGetValue(entry.Actor, out var named))
            _byName[entry.Actor] = named = [];
        named.Add(entry);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            if (alias.Length == 0 || !seen.Add(alias))
                continue;
            var words = WordSequence.OfAlias(alias);
            if (words.Length == 0)
            {
                Report(file, line, DictionaryIssueKind.Malformed, $"alias '{alias}' has no words");
                continue;
            }

            var norms = Array.ConvertAll(words, w => w.Norm);
            CheckConflict(entry, alias, norms, user, file, line);
            _names.Add(norms, new NameAlias(entry, Array.ConvertAll(words, w => w.Shape)));
        }
    }

    internal void AddRole(RoleEntry role, string phrase)
    {
        var norms = Array.ConvertAll(WordSequence.OfAlias(phrase), w => w.Norm);
        if (norms.Length == 0)
            return;
        _roles.Add(norms, role);
        if (role.Kind != RoleKind.Modifier)
            _roleTypes.TryAdd(role.Role, role.Type);
    }

    internal void AddCoref(CorefEntry entry) =>
        _coref.Add(Array.ConvertAll(WordSequence.OfAlias(entry.Phrase), w => w.Norm), entry);

    internal void AddAmbiguity(AmbiguityRule rule) =>
        _ambiguities[Key(rule.Alias)] = rule;

    internal void AddCue(string word, EntityCue cue) => _cues[word] = cue;

    internal void AddCommonWord(string word) => _commonWords.Add(word);

    /// <summary>The actor type a code's role implies (<c>RUSMIL</c> → Military), from the role table; a bare country is a state.</summary>
    internal ActorType TypeOfCode(string code)
    {
        if (code.StartsWith("IGO", StringComparison.Ordinal))
            return ActorType.Organisation;
        if (code.Length <= 3)
            return ActorType.State;
        for (var start = 3; start + 3 <= code.Length; start += 3)
        {
            if (_roleTypes.TryGetValue(code.Substring(start, 3), out var type))
                return type;
        }

        return ActorType.Organisation;
    }

    internal static string Key(string alias) => string.Join(' ', Array.ConvertAll(WordSequence.OfAlias(alias), w => w.Norm));

    private void CheckConflict(ActorEntry entry, string alias, string[] norms, bool user, string file, int line)
    {
        var existing = _names.ValuesAt(norms);
        if (existing.Count == 0 || !entry.Dated.IsDefaultOrEmpty)
            return;
        foreach (var other in existing)
        {
            var same = other.Entry;
            if (same.Kind != entry.Kind || !same.Dated.IsDefaultOrEmpty || same.Code == entry.Code)
                continue;
            Report(file, line, DictionaryIssueKind.Conflict,
                $"'{alias}' is {entry.Code} here and {same.Code} at {same.Origin}" + (user ? "; this entry wins" : "; both kept"));
        }

        if (user)
            _names.RemoveWhere(norms, other => other.Entry.Kind == entry.Kind && other.Entry.Dated.IsDefaultOrEmpty && other.Entry.Code != entry.Code);
    }

    internal static ImmutableArray<string> SplitList(string field) =>
        field.Length == 0 ? [] : [.. field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
