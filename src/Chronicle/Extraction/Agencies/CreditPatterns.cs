using System.Text.RegularExpressions;

namespace Chronicle.Extraction.Agencies;

/// <summary>The shapes in which a story credits a wire service. Compiled once by the regex source generator.</summary>
internal static partial class CreditPatterns
{
    /// <summary>A dateline opening the body: a place in capitals or title case, an optional region and date, then the
    /// agency in brackets or slashes and a dash or colon: <c>MOSCOW (Reuters) -</c>, <c>SEOUL, Feb 28 (Yonhap) --</c>,
    /// <c>New Delhi [India], March 3 (ANI):</c>, <c>MOSCOW, February 28. /TASS/.</c></summary>
    [GeneratedRegex(
        @"^\s*\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}" +
        @"(?:\s*\[[^\]\r\n]{2,30}\])?" +
        @"(?:\s*,\s*\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,2})?" +
        @"(?:\s*,?\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:\s*,?\s*\d{4})?\.?)?" +
        @"\s*(?:\((?<agency>[^()\r\n]{2,40})\)|/(?<agency>[^/\r\n]{2,40})/)\s*(?:-{1,2}|[–—:]|\.(?=\s)|$)",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Dateline();

    /// <summary>"(With inputs from AFP)", "with agency inputs from PTI and Reuters", "Inputs from ANI".</summary>
    [GeneratedRegex(@"\b(?:with\s+)?(?:additional\s+|agency\s+)?inputs?\s+from\b(?<names>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex InputsFrom();

    /// <summary>The Reuters trailer: "(Reporting by Jane Doe in Seoul; Editing by John Roe)".</summary>
    [GeneratedRegex(@"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ReportingBy();

    /// <summary>The AP-style trailer: "Associated Press writer Jane Doe in Seoul contributed to this report."</summary>
    [GeneratedRegex(@"\bcontributed\s+(?:to\s+)?this\s+(?:report|story|article)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ContributedToThisReport();

    /// <summary>A copyright line: "© 2025 The Associated Press", "Copyright 2025 Reuters".</summary>
    [GeneratedRegex(@"^\s*(?:©|\(c\)|copyright\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex Copyright();

    /// <summary>A dash credit closing a story or under a title: "— Associated Press", "--AFP".</summary>
    [GeneratedRegex(@"^\s*(?:-{1,2}|[–—])\s*(?<names>\S.*)$", RegexOptions.CultureInvariant)]
    internal static partial Regex DashCredit();

    /// <summary>A labelled source: "Source: Reuters", "Agencies | AFP".</summary>
    [GeneratedRegex(@"^\s*(?:source|sources|agency|agencies|wire|wires)\s*[:|]\s*(?<names>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex SourceLabel();

    /// <summary>An agency in brackets after the last sentence of a story: "… said the minister. (ANI)".</summary>
    [GeneratedRegex(@"[.!?”""’]\s*\((?<agency>[^()\r\n]{2,40})\)\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex BracketTrailer();

    /// <summary>An agency after the last sentence with a dash: "… said the minister. — AP".</summary>
    [GeneratedRegex(@"[.!?”""’]\s*(?:-{1,2}|[–—])\s*(?<agency>[^\r\n]{2,40})$", RegexOptions.CultureInvariant)]
    internal static partial Regex DashTrailer();

    /// <summary>A byline: "By Jane Doe, Reuters", "By AFP".</summary>
    [GeneratedRegex(@"^\s*by\s+\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex By();
}
