
namespace Chronicle.Actors;

/// <summary>Reads our actor format (people, organisations, and users' files), one role a line:
/// <c>name TAB aliases TAB code TAB from TAB to TAB type</c>. Lines with the same name are one actor with several dated codes;
/// a line without dates gives the undated code. Aliases are <c>|</c>-separated; type is an <see cref="ActorType"/> name,
/// <c>person/f</c> for a woman, or empty to take it from the code's role.</summary>
internal static class ActorTsvReader
{
    public static void Read(ActorDictionaryBuilder builder, string file, IEnumerable<(int LineNumber, string Line)> lines, bool user)
    {
        var actors = new Dictionary<string, Pending>(StringComparer.Ordinal);
        var order = new List<Pending>();
        foreach (var (number, line) in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 3 || fields[0].Trim().Length == 0)
            {
                builder.Report(file, number, DictionaryIssueKind.Malformed, "expected name, aliases, code[, from, to, type] separated by tabs");
                continue;
            }

            var name = fields[0].Trim();
            var code = fields[2].Trim();
            if (!CodeSyntax.IsCode(code))
            {
                builder.Report(file, number, DictionaryIssueKind.Malformed, $"'{code}' is not an actor code (3 capital letters, then up to 12 capitals or digits)");
                continue;
            }

            if (!CodeSyntax.TryParseDate(Field(fields, 3), out var from) || !CodeSyntax.TryParseDate(Field(fields, 4), out var to) || (from is { } f && to is { } t && t <= f))
            {
                builder.Report(file, number, DictionaryIssueKind.Malformed, $"bad dates '{Field(fields, 3)}'..'{Field(fields, 4)}' (YYYY-MM-DD, YYYY-MM or YYYY; from before to)");
                continue;
            }

            var typeField = Field(fields, 5);
            var female = typeField.EndsWith("/f", StringComparison.OrdinalIgnoreCase);
            if (female)
                typeField = typeField[..^2];
            ActorType? type = null;
            if (typeField.Length > 0)
            {
                if (!Enum.TryParse<ActorType>(typeField, ignoreCase: true, out var parsed))
                {
                    builder.Report(file, number, DictionaryIssueKind.Malformed, $"unknown type '{typeField}'");
                    continue;
                }

                type = parsed;
            }

            if (!actors.TryGetValue(name, out var pending))
            {
                actors[name] = pending = new Pending(name, number);
                order.Add(pending);
            }

            pending.Aliases.AddRange(ActorDictionaryBuilder.SplitList(Field(fields, 1)));
            pending.Type ??= type;
            pending.Female |= female;
            if (from is null && to is null)
                pending.Code = code;
            else
                pending.Dated.Add(new DatedCode(code, from, to));
        }

        foreach (var pending in order)
        {
            var firstCode = pending.Code ?? pending.Dated[0].Code;
            var type = pending.Type ?? builder.TypeOfCode(firstCode);
            var kind = type == ActorType.Place ? EntryKind.Place : EntryKind.Actor;
            var entry = new ActorEntry(pending.Name, kind, type, pending.Code, [.. pending.Dated], [], pending.Female, false, $"{file}:{pending.Line}");
            builder.AddActor(entry, [pending.Name, .. pending.Aliases], user, file, pending.Line);
        }
    }

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index].Trim() : "";

    private sealed class Pending(string name, int line)
    {
        public string Name { get; } = name;
        public int Line { get; } = line;
        public List<string> Aliases { get; } = [];
        public List<DatedCode> Dated { get; } = [];
        public string? Code { get; set; }
        public ActorType? Type { get; set; }
        public bool Female { get; set; }
    }
}
