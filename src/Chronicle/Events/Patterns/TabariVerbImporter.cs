using System.Text.RegularExpressions;
using Chronicle.Actors;

namespace Chronicle.Events.Patterns;

/// <summary>Imports a TABARI / PETRARCH verb dictionary so users can code with theirs:
/// <code>
/// &amp;TROOPS            a synonym set, members on the following '+' lines
/// +SOLDIERS
/// --- SEND  [070] ---  a verb group: the head lemma and its default code ([---]: no event by itself)
/// SEND                 forms of the verb, one a line, or SEND {SENT SENDS SENDING}
/// - * &amp;TROOPS TO + [074]   a phrase: * the verb, + the target, $ the source, {A | B} alternatives, _ joins words
/// </code>
/// Comments start with <c>#</c> or <c>;</c>, as in the PETRARCH actor files (one comment rule for both readers).
/// Words before the verb (<c>- + * …</c>) other than the source and target markers are not supported by the coder's
/// forward matcher: such phrases are listed in <see cref="PatternDefinitions.Skipped"/>.</summary>
public static partial class TabariVerbImporter
{
    public static PatternDefinitions Import(TextReader reader, PatternDefinitions? into = null)
    {
        var definitions = into ?? new PatternDefinitions();
        string? head = null;
        string? openSet = null;
        foreach (var (number, line) in TabariDictionaryLines.Read(reader, PetrarchActorsReader.CommentStarts))
        {
            var group = GroupHeader().Match(line);
            if (group.Success)
            {
                head = group.Groups["head"].Value.ToLowerInvariant().Replace('_', ' ').Split(' ')[0];
                openSet = null;
                var code = group.Groups["code"].Value;
                if (IsCode(code))
                    definitions.Patterns.Add(new VerbPattern($"tabari.{head}", code, head, [], false, false, null, definitions.Patterns.Count));
                continue;
            }

            if (line[0] == '&')
            {
                openSet = line.Split(' ')[0].ToLowerInvariant();
                definitions.Sets[openSet] = [];
                head = null;
                continue;
            }

            if (line[0] == '+' && openSet is not null)
            {
                definitions.Sets[openSet].Add(PatternSyntax.Words(line[1..].Trim()));
                continue;
            }

            if (line[0] == '-' && head is not null)
            {
                AddPhrase(definitions, head, line[1..].Trim(), number);
                continue;
            }

            if (head is not null)
                AddForms(definitions, head, line);
            else
                definitions.Skipped.Add($"line {number}: outside a verb group: {line}");
        }

        return definitions;
    }

    private static void AddForms(PatternDefinitions definitions, string head, string line)
    {
        foreach (var form in line.Replace("{", " ").Replace("}", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!form.StartsWith('['))
                definitions.Forms.TryAdd(form.ToLowerInvariant().Replace('_', ' ').Split(' ')[0], head);
        }
    }

    private static void AddPhrase(PatternDefinitions definitions, string head, string phrase, int number)
    {
        var codeMatch = PhraseCode().Match(phrase);
        if (!codeMatch.Success)
        {
            definitions.Skipped.Add($"line {number}: no [code]: {phrase}");
            return;
        }

        var code = codeMatch.Groups["code"].Value;
        if (!IsCode(code))
            return;
        var body = phrase[..codeMatch.Index];
        var tokens = Tokens(body);
        var verb = tokens.IndexOf("*");
        if (verb < 0 || tokens.Take(verb).Any(t => t is not ("$" or "+")))
        {
            definitions.Skipped.Add($"line {number}: words before the verb are not supported: {phrase}");
            return;
        }

        var elements = new List<PatternElement>();
        foreach (var token in tokens.Skip(verb + 1))
        {
            if (token == "$")
                continue;
            var element = PatternSyntax.Parse(token, definitions.Sets, out var error);
            if (element is null)
            {
                definitions.Skipped.Add($"line {number}: {error}: {phrase}");
                return;
            }

            elements.Add(element);
        }

        definitions.Patterns.Add(new VerbPattern($"tabari.{head}.{number}", code, head, elements, false, false, null, definitions.Patterns.Count));
    }

    /// <summary>Splits a phrase into elements, turning <c>{A | B}</c> into one <c>a|b</c> element.</summary>
    private static List<string> Tokens(string body)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < body.Length)
        {
            if (char.IsWhiteSpace(body[i]))
            {
                i++;
                continue;
            }

            if (body[i] == '{')
            {
                var close = body.IndexOf('}', i);
                close = close < 0 ? body.Length : close;
                tokens.Add(string.Join('|', body[(i + 1)..close].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(a => a.Replace(' ', '_'))));
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < body.Length && !char.IsWhiteSpace(body[end]))
                end++;
            tokens.Add(body[i..end]);
            i = end;
        }

        return tokens;
    }

    private static bool IsCode(string code) => code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit);

    [GeneratedRegex(@"^---\s*(?<head>[A-Za-z_'\-]+)\s*\[(?<code>[^\]]*)\]")]
    private static partial Regex GroupHeader();

    [GeneratedRegex(@"\[(?<code>[^\]:]*)(:[^\]]*)?\]\s*$")]
    private static partial Regex PhraseCode();
}
