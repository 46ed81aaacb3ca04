using System.Collections.Frozen;

namespace Chronicle.Language.Lexicon;

/// <summary>The word lists of the language layer, read once from data files (embedded under Resources/language by default)
/// and compiled to frozen sets and dictionaries. Immutable and shared by every analyser.</summary>
public sealed class LanguageData
{
    private static readonly Lazy<LanguageData> DefaultData = new(() => Load(EmbeddedResources.ReadDataLines));

    private LanguageData(DataFiles files)
    {
        Words = new WordLexicon(files.Read("irregular-verbs.tsv"), files.Read("lemmas.tsv"));
        Abbreviations = files.Map("abbreviations.tsv", (columns, line) => ParseAbbreviation(columns[1], line));
        SentenceStarters = files.Set("sentence-starters.txt");
        Calendar = new CalendarWords(files);
        Numbers = new NumberWords(files);
        Quantities = new QuantityWords(files);
        Speech = new SpeechWords(files);
    }

    /// <summary>The data embedded in the library.</summary>
    public static LanguageData Default => DefaultData.Value;

    /// <summary>Loads the data through <paramref name="readDataLines"/>, which maps a file name below <c>language/</c> to its
    /// data lines; users can point it at their own copies of the files.</summary>
    public static LanguageData Load(Func<string, IEnumerable<(int LineNumber, string Line)>> readDataLines) =>
        new(new DataFiles(readDataLines));

    internal WordLexicon Words { get; }

    internal FrozenDictionary<string, AbbreviationKind> Abbreviations { get; }

    internal FrozenSet<string> SentenceStarters { get; }

    internal CalendarWords Calendar { get; }

    internal NumberWords Numbers { get; }

    internal QuantityWords Quantities { get; }

    internal SpeechWords Speech { get; }

    private static AbbreviationKind ParseAbbreviation(string kind, int line) => kind switch
    {
        "title" => AbbreviationKind.Title,
        "number" => AbbreviationKind.BeforeNumber,
        "other" => AbbreviationKind.Other,
        _ => throw new FormatException($"abbreviations.tsv line {line}: unknown class '{kind}'."),
    };
}
