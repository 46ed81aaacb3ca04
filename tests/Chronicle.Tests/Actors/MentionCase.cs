namespace Chronicle.Tests.Actors;

/// <summary>One expectation of a case file line: the <see cref="Occurrence"/>-th <see cref="Span"/> in the text is (or, when
/// <see cref="MustNotMatch"/>, is not) a mention with <see cref="Code"/> (null for an unknown entity) and, if given, <see cref="Actor"/>.</summary>
public sealed record MentionCase(string File, int Line, DateOnly? Date, string Text, string Span, int Occurrence, string? Code, string? Actor, bool MustNotMatch)
{
    public override string ToString() => $"{Path.GetFileName(File)}:{Line} {(MustNotMatch ? "!" : "")}{Span}{(Occurrence > 1 ? "@" + Occurrence : "")}={Code ?? "-"}";

    /// <summary>Parses <c>date TAB text TAB expectations</c>; expectations are <c>; </c>-separated:
    /// <c>span=CODE</c>, <c>span=CODE(Actor)</c>, <c>span=-</c> (an entity without code), <c>!span</c> (no coded mention), <c>span@2=…</c> (second occurrence).</summary>
    public static IEnumerable<MentionCase> Parse(string file, int line, string text)
    {
        var fields = text.Split('\t');
        if (fields.Length != 3)
            throw new FormatException($"{file}:{line}: expected date, text, expectations");
        DateOnly? date = fields[0] is "" or "-" ? null : DateOnly.ParseExact(fields[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var raw in fields[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var mustNot = raw.StartsWith('!');
            var body = mustNot ? raw[1..] : raw;
            string? code = null;
            string? actor = null;
            var eq = body.LastIndexOf('=');
            if (!mustNot)
            {
                if (eq < 0)
                    throw new FormatException($"{file}:{line}: '{raw}' has no '='");
                var value = body[(eq + 1)..];
                body = body[..eq];
                var paren = value.IndexOf('(');
                if (paren >= 0)
                {
                    actor = value[(paren + 1)..].TrimEnd(')');
                    value = value[..paren];
                }

                code = value == "-" ? null : value;
            }

            var occurrence = 1;
            var at = body.LastIndexOf('@');
            if (at > 0 && int.TryParse(body[(at + 1)..], out var nth))
            {
                occurrence = nth;
                body = body[..at];
            }

            yield return new MentionCase(file, line, date, fields[1], body, occurrence, code, actor, mustNot);
        }
    }
}
