using System.Text.RegularExpressions;

namespace Chronicle.Extraction.Text;

/// <summary>Line shapes of text dumps, compiled once by the regex source generator.</summary>
internal static partial class TextPatterns
{
    /// <summary>A weather widget value: "31.1 C", "28°C", "75 °F", "AQI 152".</summary>
    [GeneratedRegex(@"^(?:-?\d{1,3}(?:[.,]\d{1,2})?\s*°?\s*[CF]|-?\d{1,3}(?:[.,]\d{1,2})?\s*°|AQI\s*:?\s*\d{1,3})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex Weather();

    /// <summary>A copyright notice and its holder: "© 2025 Example Times. All rights reserved.", "Copyright 2019–2025
    /// Example Times · Contact". The holder ends at a full stop, a separator ("|", "·", "•", "/") or "All rights".</summary>
    [GeneratedRegex(@"(?:\bcopyright\s*)?(?:©|(?<![\p{L}\p{N}])\(c\)|\bcopyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<name>\p{Lu}[\p{L}\p{M}\p{N}&'’.\- ]{1,60}?)\s*(?:[.,|·•/]|\ball rights\b|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex CopyrightNotice();

    /// <summary>A line that opens with a copyright notice.</summary>
    internal static bool IsCopyrightLine(string line) =>
        CopyrightNotice().Match(line) is { Success: true } notice && line.AsSpan(0, notice.Index).IsWhiteSpace();

    /// <summary>The outlet named at the end of a promotion line: "… all the latest headlines on Example Times."</summary>
    [GeneratedRegex(@"\bon\s+(?<name>\p{Lu}[\p{L}\p{M}&'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’\-]*){0,4})\s*[.!]?\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex PromoOutlet();

    /// <summary>As <see cref="PromoOutlet"/> where the dump lost the space before "on" ("… Liveon Example Times.").</summary>
    [GeneratedRegex(@"\p{Ll}on\s+(?<name>\p{Lu}[\p{L}\p{M}&'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’\-]*){0,4})\s*[.!]?\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex GluedPromoOutlet();

    /// <summary>"Download the Example Times app" → the outlet.</summary>
    [GeneratedRegex(@"\bthe\s+(?<name>\p{Lu}[\p{L}\p{M}&'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’\-]*){0,4})\s+app\b", RegexOptions.CultureInvariant)]
    internal static partial Regex AppOutlet();

    /// <summary>Separators between a title and its section or site ("Title | World News", "Title - Example Times").</summary>
    internal static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " › "];

    /// <summary>A CSS property ("font-size: 16px;") or rule ("@media"): with braces on the line, evidence of a stylesheet.</summary>
    [GeneratedRegex(@"[a-z\-]{3,30}\s*:\s*[^;{}\s][^;{}]{0,60};|@media\b|@import\b|@font-face\b", RegexOptions.CultureInvariant)]
    internal static partial Regex StyleEvidence();

    /// <summary>A script statement ("function(", "=>", "var x =", "window.x"): with semicolons, evidence of a script.</summary>
    [GeneratedRegex(@"\bfunction\s*\(|=>|\b(?:var|let|const)\s+\w+\s*=|\bwindow\.\w+|\bdocument\.\w+", RegexOptions.CultureInvariant)]
    internal static partial Regex ScriptEvidence();
}
