using Chronicle.Merge;

namespace Chronicle.Tests.Merge;

public sealed class EventMergerTests
{
    private static readonly DateTimeOffset Day0 = new(2024, 10, 18, 9, 0, 0, TimeSpan.Zero);

    private static EventReport Report(string id, string origin, int hoursLater, string? source, string? target, string cameo,
        string? when, string? location = null, string? reportedBy = null, string status = "happened", string? article = null) =>
        new(id, article ?? id, origin, Day0.AddHours(hoursLater), source, target, cameo, when, location, reportedBy, status);

    [Fact]
    public void Events_SyndicatedCopiesOfOneClaim_AreOneEventOneOriginOneSource()
    {
        var merger = new EventMerger();
        merger.Add(Report("a1", "reuters-1", 0, "PRK", "RUS", "074", "2024-10", reportedBy: "KORGOV"));
        merger.Add(Report("b1", "reuters-1", 2, "PRKMIL", "RUS", "0740", "2024-10", reportedBy: "KORGOV"));
        merger.Add(Report("c1", "reuters-1", 5, "PRK", "RUSGOV", "074", "2024-10-18", reportedBy: "KORGOV"));
        var e = Assert.Single(merger.Events());
        Assert.Equal((3, 1, 1), (e.Mentions, e.Origins, e.Sources.Count));
        Assert.Equal("a1", e.Key);
        Assert.True(e.IsSingleSource);
    }

    [Fact]
    public void Events_IndependentOutletsAndSources_AreCounted()
    {
        var merger = new EventMerger();
        merger.Add(Report("a", "yonhap-1", 0, "PRK", "RUS", "074", "2024-10", reportedBy: "KORGOV"));
        merger.Add(Report("b", "ap-7", 3, "PRK", "RUS", "074", "2024-10", reportedBy: "USAGOV"));
        merger.Add(Report("c", "kyiv-2", 4, "PRK", "RUS", "074", null));
        var e = Assert.Single(merger.Events());
        Assert.Equal((3, 3), (e.Origins, e.Sources.Count));
        Assert.False(e.IsSingleSource);
    }

    [Fact]
    public void Events_VisitSeenFromBothSidesAndItsMeeting_AreOneEvent()
    {
        var merger = new EventMerger();
        merger.Add(Report("visit", "o1", 0, "RUSGOV", "PRK", "042", "2024-06-19", "Pyongyang"));
        merger.Add(Report("host", "o2", 1, "PRKGOV", "RUS", "043", "2024-06-19", "Pyongyang"));
        merger.Add(Report("meet", "o3", 2, "PRKGOV", "RUSGOV", "040", "2024-06-19"));
        merger.Add(Report("meet2", "o4", 2, "RUSGOV", "PRKGOV", "040", "2024-06-19"));
        merger.Add(Report("sign", "o5", 2, "RUSGOV", "PRKGOV", "057", "2024-06-19"));
        var events = merger.Events();

        // The unspecified "met" (040) agrees with the visit and the hosting; signing a treaty is another event.
        Assert.Equal(2, events.Count);
        Assert.Equal(["host", "meet", "meet2", "visit"], events[0].Reports.Select(r => r.Id).Order());
        Assert.Equal("visit", events[0].Key);
    }

    [Theory]
    [InlineData("2024-06-19", "2024-06-25", null, null, "happened", "happened")]
    [InlineData("2024-06-19", "2024-06-19", "Pyongyang", "Moscow", "happened", "happened")]
    [InlineData("2024-06-19", "2024-06-19", null, null, "happened", "planned")]
    public void Events_ContradictingTimePlaceOrStatus_StayApart(string when1, string when2, string? place1, string? place2, string status1, string status2)
    {
        var merger = new EventMerger();
        merger.Add(Report("x", "o1", 0, "RUSGOV", "PRKGOV", "040", when1, place1, status: status1));
        merger.Add(Report("y", "o2", 0, "RUSGOV", "PRKGOV", "040", when2, place2, status: status2));
        Assert.Equal(2, merger.Events().Count);
    }

    [Theory]
    [InlineData("2024-06-19", "2024-06")]
    [InlineData("2024-06-19", "2024-06-20")]
    [InlineData("2025-02-26", "2025-02-24/2025-02-28")]
    [InlineData("2025-02-26", "2025-W09")]
    public void Events_TimesWithinTheirPrecision_Merge(string when1, string when2)
    {
        var merger = new EventMerger();
        merger.Add(Report("x", "o1", 0, "RUSGOV", "PRKGOV", "040", when1));
        merger.Add(Report("y", "o2", 0, "RUSGOV", "PRKGOV", "043", when2));
        Assert.Single(merger.Events());
    }

    [Fact]
    public void Events_AnyArrivalOrder_GivesTheSameEvents()
    {
        EventReport[] reports =
        [
            Report("1", "o1", 0, "RUSGOV", "PRK", "042", "2024-06-19", "Pyongyang"),
            Report("2", "o2", 1, "PRKGOV", "RUS", "043", "2024-06-19"),
            Report("3", "o3", 2, "RUS", "PRK", "057", "2024-06-19", reportedBy: "PRKMED"),
            Report("4", "o4", 3, "PRK", "RUS", "074", "2024-10", reportedBy: "KORGOV"),
            Report("5", "o5", 4, "PRK", "RUS", "074", "2024-11-02"),
            Report("6", "o6", 5, "USA", "PRK", "112", "2024-10-30"),
        ];
        string Snapshot(IEnumerable<EventReport> order)
        {
            var merger = new EventMerger();
            foreach (var report in order)
                merger.Add(report);
            return string.Join("|", merger.Events().Select(e => e.Key + ":" + string.Join(",", e.Reports.Select(r => r.Id))));
        }

        var expected = Snapshot(reports);
        Assert.Equal(expected, Snapshot(reports.Reverse()));
        Assert.Equal(expected, Snapshot(reports.OrderBy(r => r.Cameo, StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("PRKGOV", null)]
    [InlineData("PRKGOV", "MIL")]
    public void Events_ReportWithAnUnknownActor_JoinsTheEventOnItsDay(string source, string? target)
    {
        var merger = new EventMerger();
        merger.Add(Report("full", "o1", 0, "USAGOV", "PRKGOV", "040", "2019-06-30", "Panmunjom"));
        merger.Add(Report("half", "o2", 1, source, target, "040", "2019-06-30", "Freedom House"));
        Assert.Single(merger.Events());
    }

    [Fact]
    public void Events_ReportsWithAnUnknownActorOnNextDays_DoNotChainMeetings()
    {
        var merger = new EventMerger();
        merger.Add(Report("summit", "o1", 0, "RUSGOV", "PRKGOV", "040", "2023-09-13"));
        merger.Add(Report("day14", "o2", 24, "PRKGOV", null, "040", "2023-09-14"));
        merger.Add(Report("day15", "o3", 48, "PRKGOV", "MIL", "040", "2023-09-15"));
        Assert.Equal(3, merger.Events().Count);
    }

    [Fact]
    public void Events_ReportsSharingNoKnownActor_StayApart()
    {
        var merger = new EventMerger();
        merger.Add(Report("a", "o1", 0, "PRKGOV", null, "040", "2019-06-30"));
        merger.Add(Report("b", "o2", 0, null, "USAGOV", "040", "2019-06-30"));
        Assert.Equal(2, merger.Events().Count);
    }

    [Fact]
    public void Events_VisitWithoutTarget_IsAVisitToThePlace()
    {
        var merger = new EventMerger();
        merger.Add(Report("arrive", "o1", 0, "RUSMIL", null, "042", "2023-07-25", "Pyongyang"));
        merger.Add(Report("meet", "o2", 20, "PRKGOV", "RUSMIL", "040", "2023-07-26"));
        merger.Add(Report("elsewhere", "o3", 0, "RUSMIL", null, "042", "2023-07-25", "Beijing"));
        Assert.Equal(["arrive,meet", "elsewhere"], merger.Events().Select(e => string.Join(",", e.Reports.Select(r => r.Id))));
    }

    [Theory]
    [InlineData("Filoli", "Woodside")]
    [InlineData("the Kremlin", "Moscow")]
    [InlineData("Vostochny Cosmodrome", "Amur region")]
    public void Events_PlacesTheGazetteerCannotTellApart_DoNotContradict(string place1, string place2)
    {
        var merger = new EventMerger();
        merger.Add(Report("x", "o1", 0, "USAGOV", "CHNGOV", "040", "2023-11-15", place1));
        merger.Add(Report("y", "o2", 0, "CHNGOV", "USAGOV", "040", "2023-11-15", place2));
        Assert.Single(merger.Events());
    }

    [Theory]
    [InlineData("2023-09-13", "happened", true)]
    [InlineData("2023-09-10", "happened", true)]
    [InlineData(null, "happened", true)]
    [InlineData("2023-09", "happened", true)]
    [InlineData("2023-09-13", "negated", true)]
    [InlineData("2019-04", "happened", false)]
    [InlineData("2023-09-25", "happened", false)]
    [InlineData("2023-09-13", "planned", false)]
    [InlineData("2023-09-13", "hypothetical", false)]
    public void IsNews_TellsTheArticlesHappeningsFromBackgroundAndPlans(string? when, string status, bool news) =>
        Assert.Equal(news, new EventReport("r", "a", "o", new DateTimeOffset(2023, 9, 14, 9, 0, 0, TimeSpan.Zero), "RUSGOV", "PRKGOV", "040",
            when, null, null, status).IsNews);
}
