namespace Chronicle.Extraction.Dates;

/// <summary>How to read an all-numeric date such as <c>02/03/2025</c> when both of its first numbers could be the month.
/// A number above 12 always settles the order; this preference applies only to the ambiguous rest.</summary>
public enum NumericDateOrder
{
    /// <summary>Slashes read month first, as in the United States (<c>02/03/2025</c> is February 3); dots and dashes read day
    /// first, as in Europe (<c>02.03.2025</c> is 2 March). The default when nothing is known about the page.</summary>
    BySeparator,

    /// <summary>Day first whatever the separator: pages in languages other than American English.</summary>
    DayFirst,

    /// <summary>Month first whatever the separator: pages declared <c>en-US</c>.</summary>
    MonthFirst,
}
