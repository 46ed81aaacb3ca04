using Chronicle.Extraction;

namespace Chronicle.Tests.Extraction;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData(2025, 2, 28, null, null, null, "2025-02-28")]
    [InlineData(2025, 2, 28, 10, 51, null, "2025-02-28T10:51:00")]
    [InlineData(2025, 2, 28, 10, 51, 330, "2025-02-28T10:51:00+05:30")]
    [InlineData(2025, 2, 28, 10, 51, 0, "2025-02-28T10:51:00Z")]
    [InlineData(2025, 2, 28, 10, 51, -300, "2025-02-28T10:51:00-05:00")]
    public void ToIsoString_WritesOnlyThePrecisionItHas(int y, int m, int d, int? hour, int? minute, int? offsetMinutes, string expected)
    {
        var date = new PublicationDate(
            new DateOnly(y, m, d),
            hour is { } h ? new TimeOnly(h, minute ?? 0) : null,
            offsetMinutes is { } o ? TimeSpan.FromMinutes(o) : null);
        Assert.Equal(expected, date.ToIsoString());
    }
}
