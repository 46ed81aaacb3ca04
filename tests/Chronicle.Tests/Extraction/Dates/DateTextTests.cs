using Chronicle.Extraction;
using Chronicle.Extraction.Dates;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Extraction.Dates;

public sealed class DateTextTests
{
    public static TheoryData<string, string, string> FreeText()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var cells in CaseFiles.ReadTsv("dates/free-text.tsv"))
            data.Add(cells[0], cells[1], cells.Length > 2 ? cells[2] : nameof(NumericDateOrder.BySeparator));
        return data;
    }

    [Theory]
    [MemberData(nameof(FreeText))]
    public void TryParse_FreeText_ReadsTheExpectedValue(string text, string expected, string order)
    {
        var parsed = DateText.TryParse(text, Enum.Parse<NumericDateOrder>(order), out var date);
        Assert.Equal(expected, parsed ? date.ToIsoString() : "-");
    }

    [Fact]
    public void FreeTextCases_AreAtLeastEighty() => Assert.True(FreeText().Count >= 80);

    [Theory]
    [InlineData("MOSCOW, Feb 28 (Reuters) - Russia said on 27 February 2025 that 1,587 kilometers", "2025-02-27", "27 February 2025")]
    [InlineData("The summit of 2019 ended; talks resumed on 2023-09-13T08:00:00+09:00 in Vladivostok.", "2023-09-13T08:00:00+09:00", "2023-09-13T08:00:00+09:00")]
    [InlineData("By Jane Doe | Updated March 5, 2024, 10:15 a.m. ET | 4 min read", "2024-03-05T10:15:00-05:00", "March 5, 2024, 10:15 a.m. ET")]
    [InlineData("Filed under news, 12/03/2021 — comments (4)", "2021-12-03", "12/03/2021")]
    public void TryFind_LongerLine_LocatesTheDate(string text, string expected, string printed)
    {
        Assert.True(DateText.TryFind(text, out var date, out var range));
        Assert.Equal(expected, date.ToIsoString());
        Assert.Equal(printed, text[range]);
    }

    [Theory]
    [InlineData("About 15,000 troops and 1,587 kilometers, No. 1 in 3.5 seconds")]
    [InlineData("Version 10.12.2020.1 released")]
    [InlineData("")]
    public void TryFind_NoDate_ReturnsFalse(string text) => Assert.False(DateText.TryFind(text, out _, out _));

    [Fact]
    public void TryParse_NoZone_KeepsOffsetUnknown()
    {
        Assert.True(DateText.TryParse("Feb 28, 2025 10:51 AM", out var date));
        Assert.Equal(new PublicationDate(new DateOnly(2025, 2, 28), new TimeOnly(10, 51)), date);
        Assert.Null(date.Offset);
    }
}
