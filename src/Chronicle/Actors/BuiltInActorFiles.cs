using System.Collections.Immutable;

namespace Chronicle.Actors;

/// <summary>Loads Chronicle's data files under Resources/actors (each documents its columns at its top).</summary>
internal static class BuiltInActorFiles
{
    private const string Folder = "actors/";

    /// <summary>The role a capital or seat of power stands for when it acts (<c>Seoul said</c> → KORGOV).</summary>
    internal const string GovernmentRole = "GOV";

    public static void Load(ActorDictionaryBuilder builder)
    {
        ReadRoles(builder, "roles.tsv");
        ReadCountries(builder, "countries.tsv", region: false);
        ReadCountries(builder, "regions.tsv", region: true);
        ReadMetonyms(builder, "metonyms.tsv");
        foreach (var file in new[] { "organisations.tsv", "people.tsv" })
            ActorTsvReader.Read(builder, Folder + file, EmbeddedResources.ReadDataLines(Folder + file), user: false);
        ReadPlaces(builder, "places.tsv");
        ReadCoreference(builder, "coreference.tsv");
        ReadAmbiguities(builder, "ambiguity.tsv");
        ReadCues(builder, "entity-cues.tsv");
        foreach (var (_, line) in EmbeddedResources.ReadDataLines(Folder + "common-words.txt"))
            builder.AddCommonWord(line.Trim().ToLowerInvariant());
    }

    /// <summary>Yields the lines of a file split by tabs, reporting those with fewer than <paramref name="minFields"/> fields.</summary>
    private static IEnumerable<(int Line, string[] Fields)> Rows(ActorDictionaryBuilder builder, string file, int minFields)
    {
        foreach (var (number, line) in EmbeddedResources.ReadDataLines(Folder + file))
        {
            var fields = line.Split('\t');
            for (var i = 0; i < fields.Length; i++)
                fields[i] = fields[i].Trim();
            if (fields.Length < minFields)
                builder.Report(Folder + file, number, DictionaryIssueKind.Malformed, $"expected at least {minFields} tab-separated fields");
            else
                yield return (number, fields);
        }
    }

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index] : "";

    private static void ReadRoles(ActorDictionaryBuilder builder, string file)
    {
        foreach (var (line, f) in Rows(builder, file, 4))
        {
            if (!Enum.TryParse<ActorType>(f[2], true, out var type) || !Enum.TryParse<RoleKind>(f[3], true, out var kind) || (kind != RoleKind.Modifier && !CodeSyntax.IsRole(f[1])))
            {
                builder.Report(Folder + file, line, DictionaryIssueKind.Malformed, "expected phrases, role code, type, kind");
                continue;
            }

            foreach (var phrase in ActorDictionaryBuilder.SplitList(f[0]))
                builder.AddRole(new RoleEntry(phrase, f[1], type, kind, $"{Folder}{file}:{line}"), phrase);
        }
    }

    /// <summary>Reads states, or regions and blocs (CAMEO region codes such as WST, EUR), which combine with roles like states but are no country.</summary>
    private static void ReadCountries(ActorDictionaryBuilder builder, string file, bool region)
    {
        foreach (var (line, f) in Rows(builder, file, 4))
        {
            var code = f[0];
            if (!CodeSyntax.IsCode(code) || code.Length != 3)
            {
                builder.Report(Folder + file, line, DictionaryIssueKind.Malformed, $"'{code}' is not an ISO 3166 alpha-3 code");
                continue;
            }

            var origin = $"{Folder}{file}:{line}";
            var ambiguous = Field(f, 5).Contains("ambiguous", StringComparison.Ordinal);
            var name = f[1];
            if (region)
                builder.AddRegionName(code, name);
            else
                builder.AddCountry(code, name);
            builder.AddActor(Entry(name, EntryKind.Country, ActorType.State, code, origin, ambiguous), [name, .. ActorDictionaryBuilder.SplitList(f[2])], false, Folder + file, line);
            builder.AddActor(Entry(name, EntryKind.Adjective, ActorType.State, code, origin, false), ActorDictionaryBuilder.SplitList(f[3]), false, Folder + file, line);
            foreach (var capital in ActorDictionaryBuilder.SplitList(Field(f, 4)))
                builder.AddActor(Entry(capital, EntryKind.Capital, ActorType.Place, code, origin, false), [capital], false, Folder + file, line);
        }
    }

    private static void ReadMetonyms(ActorDictionaryBuilder builder, string file)
    {
        foreach (var (line, f) in Rows(builder, file, 3))
        {
            if (!CodeSyntax.IsCode(f[1]))
            {
                builder.Report(Folder + file, line, DictionaryIssueKind.Malformed, $"'{f[1]}' is not an actor code");
                continue;
            }

            var entry = Entry(f[2], EntryKind.Metonym, builder.TypeOfCode(f[1]), f[1], $"{Folder}{file}:{line}", false) with { Context = ActorDictionaryBuilder.SplitList(Field(f, 3)) };
            builder.AddActor(entry, ActorDictionaryBuilder.SplitList(f[0]), false, Folder + file, line);
        }
    }

    private static void ReadPlaces(ActorDictionaryBuilder builder, string file)
    {
        foreach (var (line, f) in Rows(builder, file, 2))
        {
            if (!CodeSyntax.IsCode(f[1]))
            {
                builder.Report(Folder + file, line, DictionaryIssueKind.Malformed, $"'{f[1]}' is not a country code");
                continue;
            }

            builder.AddActor(Entry(f[0], EntryKind.Place, ActorType.Place, f[1], $"{Folder}{file}:{line}", false), [f[0], .. ActorDictionaryBuilder.SplitList(Field(f, 2))], false, Folder + file, line);
        }
    }

    private static void ReadCoreference(ActorDictionaryBuilder builder, string file)
    {
        foreach (var (line, f) in Rows(builder, file, 3))
        {
            if (!Enum.TryParse<CorefTarget>(f[1], true, out var target) || !int.TryParse(f[2], out var count) || count < 1)
            {
                builder.Report(Folder + file, line, DictionaryIssueKind.Malformed, "expected phrases, target, count[, role]");
                continue;
            }

            foreach (var phrase in ActorDictionaryBuilder.SplitList(f[0]))
                builder.AddCoref(new CorefEntry(phrase, target, count, Field(f, 3) is "-" ? "" : Field(f, 3), Field(f, 4) == "object", $"{Folder}{file}:{line}"));
        }
    }

    private static void ReadAmbiguities(ActorDictionaryBuilder builder, string file)
    {
        foreach (var (line, f) in Rows(builder, file, 3))
        {
            var cues = ActorDictionaryBuilder.SplitList(f[2]).Select(c => c.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            builder.AddAmbiguity(new AmbiguityRule(f[0], f[1], cues, $"{Folder}{file}:{line}"));
        }
    }

    private static void ReadCues(ActorDictionaryBuilder builder, string file)
    {
        foreach (var (line, f) in Rows(builder, file, 2))
        {
            if (!Enum.TryParse<EntityCue>(f[1], true, out var cue))
            {
                builder.Report(Folder + file, line, DictionaryIssueKind.Malformed, $"unknown cue '{f[1]}'");
                continue;
            }

            foreach (var word in ActorDictionaryBuilder.SplitList(f[0]))
                builder.AddCue(word.ToLowerInvariant(), cue);
        }
    }

    private static ActorEntry Entry(string actor, EntryKind kind, ActorType type, string code, string origin, bool ambiguous) =>
        new(actor, kind, type, code, ImmutableArray<DatedCode>.Empty, [], false, ambiguous, origin);
}
