namespace Chronicle.Actors;

/// <summary>Reads TABARI/PETRARCH <c>.agents</c> dictionaries: role words such as <c>POLICE_OFFICER {POLICE_OFFICERS} [~COP]</c>.
/// The code's <c>~</c> marks a role added to a country; plurals in braces are added, and a regular plural (<c>+S</c>) when none is given.</summary>
internal static class PetrarchAgentsReader
{
    public static void Read(ActorDictionaryBuilder builder, string file, TextReader reader)
    {
        foreach (var (number, line) in TabariDictionaryLines.Read(reader, PetrarchActorsReader.CommentStarts))
        {
            if (line[0] is '!' or '&' or '<')
            {
                builder.Report(file, number, DictionaryIssueKind.Unsupported, $"'{line[0]}' substitutions are not supported");
                continue;
            }

            var open = line.IndexOf('[');
            var close = line.IndexOf(']');
            if (open <= 0 || close < open)
            {
                builder.Report(file, number, DictionaryIssueKind.Malformed, "expected PHRASE [~ROLE]");
                continue;
            }

            var role = line[(open + 1)..close].Trim().Trim('~');
            if (!CodeSyntax.IsCode(role) || role.Length % 3 != 0)
            {
                builder.Report(file, number, DictionaryIssueKind.Malformed, $"'{role}' is not a role code");
                continue;
            }

            var head = line[..open];
            var brace = head.IndexOf('{');
            var plurals = new List<string>();
            if (brace >= 0)
            {
                var braceEnd = head.IndexOf('}', brace);
                if (braceEnd < 0)
                {
                    builder.Report(file, number, DictionaryIssueKind.Malformed, "unbalanced braces");
                    continue;
                }

                plurals.AddRange(head[(brace + 1)..braceEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PetrarchActorsReader.Phrase));
                head = head[..brace];
            }

            var singular = PetrarchActorsReader.Phrase(head);
            if (singular.Length == 0)
            {
                builder.Report(file, number, DictionaryIssueKind.Malformed, "agent line without a phrase");
                continue;
            }

            if (plurals.Count == 0)
                plurals.Add(Plural(singular));
            var type = builder.TypeOfCode("XXX" + role);
            var origin = $"{file}:{number}";
            builder.AddRole(new RoleEntry(singular, role, type, RoleKind.Title, origin), singular);
            foreach (var plural in plurals)
                builder.AddRole(new RoleEntry(plural, role, type, RoleKind.Group, origin), plural);
        }
    }

    private static string Plural(string phrase)
    {
        if (phrase.EndsWith('y') && phrase.Length > 1 && !"aeiou".Contains(phrase[^2]))
            return phrase[..^1] + "ies";
        return phrase.EndsWith('s') || phrase.EndsWith('x') || phrase.EndsWith("ch", StringComparison.Ordinal) || phrase.EndsWith("sh", StringComparison.Ordinal)
            ? phrase + "es"
            : phrase + "s";
    }
}
