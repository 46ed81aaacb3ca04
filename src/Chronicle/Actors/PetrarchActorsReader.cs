using System.Collections.Immutable;

namespace Chronicle.Actors;

/// <summary>Reads TABARI/PETRARCH <c>.actors</c> dictionaries: an actor line <c>VLADIMIR_PUTIN_ [RUSGOV &gt;120507]</c>, synonyms on
/// <c>+PUTIN_</c> lines, and further codes on <c>[CODE DATE]</c> lines. Words are joined by <c>_</c>; a code's date restriction is
/// <c>&gt;DATE</c> (from), <c>&lt;DATE</c> (until) or <c>DATE-DATE</c>, with YYMMDD or YYYYMMDD dates. <c>#</c> and <c>;</c> start comments.</summary>
internal static class PetrarchActorsReader
{
    public static void Read(ActorDictionaryBuilder builder, string file, TextReader reader)
    {
        Pending? current = null;
        foreach (var (number, line) in TabariDictionaryLines.Read(reader, CommentStarts))
        {
            if (line[0] == '+')
            {
                if (current is null)
                {
                    builder.Report(file, number, DictionaryIssueKind.Malformed, "synonym before any actor");
                    continue;
                }

                var synonym = Phrase(line[1..]);
                if (synonym.Length == 0)
                    builder.Report(file, number, DictionaryIssueKind.Malformed, "empty synonym");
                else
                    current.Names.Add(synonym);
                continue;
            }

            if (line[0] == '[')
            {
                if (current is null)
                    builder.Report(file, number, DictionaryIssueKind.Malformed, "code line before any actor");
                else
                    ReadCodes(builder, file, number, line, current);
                continue;
            }

            if (line[0] is '{' or '<' or '&' or '!')
            {
                builder.Report(file, number, DictionaryIssueKind.Unsupported, $"'{line[0]}' constructs are not supported");
                continue;
            }

            Finish(builder, file, current);
            var bracket = line.IndexOf('[');
            var name = Phrase(bracket < 0 ? line : line[..bracket]);
            if (name.Length == 0)
            {
                builder.Report(file, number, DictionaryIssueKind.Malformed, "actor line without a name");
                current = null;
                continue;
            }

            current = new Pending(name, number);
            if (bracket >= 0)
                ReadCodes(builder, file, number, line[bracket..], current);
        }

        Finish(builder, file, current);
    }

    /// <summary>Turns <c>VLADIMIR_PUTIN_</c> into <c>vladimir putin</c>; dictionary words are upper case, so case carries no rule here.</summary>
    internal static string Phrase(string field) =>
        string.Join(' ', field.Trim().Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>TABARI's comments start with <c>;</c>, PETRARCH's with <c>#</c>.</summary>
    internal static readonly char[] CommentStarts = ['#', ';'];

    private static void ReadCodes(ActorDictionaryBuilder builder, string file, int number, string text, Pending actor)
    {
        var rest = text.AsSpan().Trim();
        while (rest.Length > 0)
        {
            var close = rest.IndexOf(']');
            if (rest[0] != '[' || close < 0)
            {
                builder.Report(file, number, DictionaryIssueKind.Malformed, $"unbalanced brackets in '{text.Trim()}'");
                return;
            }

            var inside = rest[1..close].ToString().Trim();
            rest = rest[(close + 1)..].Trim();
            var parts = inside.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var code = parts.Length > 0 ? parts[0].TrimStart('~') : "";
            if (parts.Length is 0 or > 2 || !CodeSyntax.IsCode(code))
            {
                builder.Report(file, number, DictionaryIssueKind.Malformed, $"'[{inside}]' is not [CODE] or [CODE DATE]");
                continue;
            }

            if (parts.Length == 1)
            {
                actor.Code = code;
                continue;
            }

            if (!TryParseRestriction(parts[1], out var from, out var to))
            {
                builder.Report(file, number, DictionaryIssueKind.Malformed, $"bad date restriction '{parts[1]}' (>DATE, <DATE or DATE-DATE)");
                continue;
            }

            actor.Dated.Add(new DatedCode(code, from, to));
        }
    }

    /// <summary><c>&gt;D</c>: from D; <c>&lt;D</c>: before D; <c>D1-D2</c>: from D1 through D2 (inclusive, so the exclusive end is the next day).</summary>
    internal static bool TryParseRestriction(string field, out DateOnly? from, out DateOnly? to)
    {
        from = null;
        to = null;
        DateOnly date;
        if (field[0] == '>')
        {
            if (!CodeSyntax.TryParseCompactDate(field[1..], out date))
                return false;
            from = date;
            return true;
        }

        if (field[0] == '<')
        {
            if (!CodeSyntax.TryParseCompactDate(field[1..], out date))
                return false;
            to = date;
            return true;
        }

        var dash = field.IndexOf('-');
        if (dash < 0 || !CodeSyntax.TryParseCompactDate(field[..dash], out var start) || !CodeSyntax.TryParseCompactDate(field[(dash + 1)..], out var end) || end < start)
            return false;
        from = start;
        to = end.AddDays(1);
        return true;
    }

    private static void Finish(ActorDictionaryBuilder builder, string file, Pending? actor)
    {
        if (actor is null)
            return;
        if (actor.Code is null && actor.Dated.Count == 0)
        {
            builder.Report(file, actor.Line, DictionaryIssueKind.Malformed, $"actor '{actor.Names[0]}' has no code");
            return;
        }

        var first = actor.Code ?? actor.Dated[0].Code;
        var country = first.Length == 3 && actor.Dated.Count == 0;
        var type = builder.TypeOfCode(first);
        var entry = new ActorEntry(Title(actor.Names[0]), country ? EntryKind.Country : EntryKind.Actor, country ? ActorType.State : type,
            actor.Code, [.. actor.Dated], ImmutableArray<string>.Empty, false, false, $"{file}:{actor.Line}");
        builder.AddActor(entry, actor.Names, user: true, file, actor.Line);
    }

    private static string Title(string phrase) =>
        string.Join(' ', phrase.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private sealed class Pending(string name, int line)
    {
        public List<string> Names { get; } = [name];
        public int Line { get; } = line;
        public List<DatedCode> Dated { get; } = [];
        public string? Code { get; set; }
    }
}
