using System.Collections.Frozen;

namespace Chronicle.Actors;

/// <summary>The actor dictionaries compiled for matching: names (states, capitals, people, organisations, places), role words and
/// referring phrases as word tries, plus the cues for ambiguous and unknown names. Immutable and thread-safe; build it once.</summary>
public sealed class ActorDictionary
{
    private static readonly Lazy<ActorDictionary> BuiltInDictionary = new(() => new ActorDictionaryBuilder().AddBuiltIn().Build());

    internal ActorDictionary(
        PhraseTrie<NameAlias> names,
        PhraseTrie<RoleEntry> roles,
        PhraseTrie<CorefEntry> coref,
        FrozenDictionary<string, AmbiguityRule> ambiguities,
        FrozenDictionary<string, EntityCue> cues,
        FrozenSet<string> commonWords,
        FrozenDictionary<string, string> countries,
        FrozenDictionary<string, string> regions,
        FrozenDictionary<string, IReadOnlyList<ActorEntry>> byName,
        IReadOnlyList<DictionaryIssue> issues,
        DictionaryStats stats)
    {
        Names = names;
        Roles = roles;
        Coref = coref;
        Ambiguities = ambiguities;
        Cues = cues;
        CommonWords = commonWords;
        Countries = countries;
        Regions = regions;
        ByName = byName;
        Issues = issues;
        Stats = stats;
    }

    /// <summary>Chronicle's own dictionaries, loaded on first use and shared.</summary>
    public static ActorDictionary BuiltIn => BuiltInDictionary.Value;

    /// <summary>Ours plus the users' files (later files override earlier ones); problems are in <see cref="Issues"/>.</summary>
    public static ActorDictionary Load(IEnumerable<string> userFiles)
    {
        var builder = new ActorDictionaryBuilder().AddBuiltIn();
        foreach (var file in userFiles)
            builder.AddFile(file);
        return builder.Build();
    }

    /// <summary>Malformed lines, unsupported constructs and conflicts found while loading, each with file and line.</summary>
    public IReadOnlyList<DictionaryIssue> Issues { get; }

    public DictionaryStats Stats { get; }

    /// <summary>ISO 3166 alpha-3 code → the state's name.</summary>
    public FrozenDictionary<string, string> Countries { get; }

    /// <summary>CAMEO region or bloc code → its name (<c>WST</c> → the West).</summary>
    public FrozenDictionary<string, string> Regions { get; }

    internal PhraseTrie<NameAlias> Names { get; }

    internal PhraseTrie<RoleEntry> Roles { get; }

    internal PhraseTrie<CorefEntry> Coref { get; }

    /// <summary>Ambiguity rules by alias key (the alias's words joined by a space).</summary>
    internal FrozenDictionary<string, AmbiguityRule> Ambiguities { get; }

    internal FrozenDictionary<string, EntityCue> Cues { get; }

    /// <summary>Words that are not names though capitalised at the start of a sentence or in a title (<c>The</c>, <c>Monday</c>).</summary>
    internal FrozenSet<string> CommonWords { get; }

    private FrozenDictionary<string, IReadOnlyList<ActorEntry>> ByName { get; }

    /// <summary>The actors with this canonical name (any case), e.g. for <c>chronicle actor</c>.</summary>
    public IReadOnlyList<ActorEntry> Find(string actor) => ByName.TryGetValue(actor, out var entries) ? entries : [];

    /// <summary>The actors with any of these canonical names, each once.</summary>
    public IReadOnlyList<ActorEntry> FindAll(IEnumerable<string> actors) =>
        actors.Distinct(StringComparer.OrdinalIgnoreCase).SelectMany(Find).Distinct().ToList();

    /// <summary>True when a dictionary phrase uses the word whole (so a hyphenated word is not split).</summary>
    internal bool IsKnownWord(string norm) => Names.Vocabulary.Contains(norm) || Roles.Vocabulary.Contains(norm);

    internal bool IsCountry(string? code) => code is { Length: >= 3 } && Countries.ContainsKey(code.Length == 3 ? code : code[..3]);

    /// <summary>The name of a country or region code (<c>PRK</c> → North Korea), or the code itself when unknown.</summary>
    public string CountryName(string code) => Countries.TryGetValue(code, out var name) || Regions.TryGetValue(code, out name) ? name : code;
}
