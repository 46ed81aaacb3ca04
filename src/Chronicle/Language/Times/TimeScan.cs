using Chronicle.Language.Lexicon;

namespace Chronicle.Language.Times;

/// <summary>The view the time matchers share of one sentence: its tokens, the anchor date and the word lists.
/// Reads outside the sentence return an empty word so that patterns need no bounds checks.</summary>
internal readonly struct TimeScan(string text, List<Token> tokens, int first, int end, DateOnly anchor, LanguageData data)
{
    public string Text => text;

    public List<Token> Tokens => tokens;

    public int First => first;

    public int End => end;

    public DateOnly Anchor => anchor;

    public LanguageData Data => data;

    public CalendarWords Calendar => data.Calendar;

    public bool In(int i) => i >= first && i < end;

    public string Norm(int i) => i >= first && i < end ? tokens[i].Norm : "";

    public bool IsCapital(int i) => In(i) && tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]);

    /// <summary>Whether tokens <paramref name="i"/> and <paramref name="i"/>+1 touch, with no space between them.</summary>
    public bool Glued(int i) => In(i) && In(i + 1) && tokens[i].End == tokens[i + 1].Start;

    public int? Integer(int i, int maxDigits) => In(i) ? NumberReader.PlainInteger(text, tokens[i], maxDigits) : null;

    /// <summary>A four-digit year from 1000 to 2999.</summary>
    public int? Year(int i) => Integer(i, 4) is { } y && y >= 1000 && y <= 2999 && tokens[i].Length == 4 ? y : null;

    public double? Count(int i) => In(i) ? NumberReader.Simple(text, tokens[i], data.Numbers) : null;

    /// <summary>A month name at <paramref name="i"/>, capitalised as dates are (so that "may" and "march" stay verbs),
    /// with the period of an abbreviation (<c>Feb.</c>) taken along: the month and the last token used.</summary>
    public (int Month, int Last)? Month(int i)
    {
        if (!IsCapital(i) || !Calendar.Months.TryGetValue(tokens[i].Norm, out var month))
            return null;
        return Norm(i + 1) == "." && Glued(i) && tokens[i].Length <= 4 ? (month, i + 1) : (month, i);
    }

    public int? Weekday(int i) => IsCapital(i) && Calendar.Weekdays.TryGetValue(tokens[i].Norm, out var day) ? day : null;

    public Tense TenseAround(int firstToken, int lastToken) => TenseReader.Read(text, tokens, first, end, firstToken, lastToken, data);
}
