using Chronicle.Actors;

namespace Chronicle.Tests.Actors;

public sealed class ActorDictionaryTests
{
    [Fact]
    public void BuiltIn_LoadsWithoutMalformedLinesOrConflicts()
    {
        var issues = ActorDictionary.BuiltIn.Issues;
        Assert.True(issues.Count == 0, string.Join(Environment.NewLine, issues));
    }

    [Fact]
    public void BuiltIn_KnowsEveryUnMemberPlusTaiwanKosovoPalestine()
    {
        var countries = ActorDictionary.BuiltIn.Countries;
        Assert.True(countries.Count >= 196, $"{countries.Count} states");
        Assert.Equal("Taiwan", countries["TWN"]);
        Assert.Equal("Kosovo", countries["XKX"]);
        Assert.Equal("Palestine", countries["PSE"]);
    }

    [Fact]
    public void BuiltIn_GazetteerHasAtLeastAThousandPlaces()
    {
        var stats = ActorDictionary.BuiltIn.Stats;
        var capitals = ActorDictionary.BuiltIn.Countries.Count;
        Assert.True(stats.Places + capitals >= 1000, $"{stats.Places} places + {capitals} states' capitals");
    }

    [Fact]
    public void BuiltIn_ReportsLoadTimeAndMemory()
    {
        var stats = ActorDictionary.BuiltIn.Stats;
        Assert.True(stats.LoadTime > TimeSpan.Zero);
        Assert.True(stats.AllocatedBytes > 0);
        Assert.Contains("ms", stats.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Donald Trump", "2018-06-12", "USAGOV")]
    [InlineData("Donald Trump", "2021-06-01", "USA")]
    [InlineData("Donald Trump", "2024-03-01", "USAPTY")]
    [InlineData("Donald Trump", "2025-01-20", "USAGOV")]
    [InlineData("Joe Biden", "2025-01-19", "USAGOV")]
    [InlineData("Joe Biden", "2025-01-20", "USA")]
    [InlineData("Yoon Suk Yeol", "2022-05-10", "KORGOV")]
    [InlineData("Yoon Suk Yeol", "2025-04-03", "KORGOV")]
    [InlineData("Yoon Suk Yeol", "2025-04-04", "KOR")]
    [InlineData("Lee Jae-myung", "2025-06-04", "KORGOV")]
    [InlineData("Lee Jae-myung", "2024-01-02", "KOROPP")]
    [InlineData("Andrei Belousov", "2024-05-14", "RUSMIL")]
    [InlineData("Sergei Shoigu", "2024-05-13", "RUSGOV")]
    [InlineData("Sergei Shoigu", "2023-01-01", "RUSMIL")]
    public void Entry_CodeOnDate_FollowsRoles(string actor, string date, string code)
    {
        var entry = Assert.Single(ActorDictionary.BuiltIn.Find(actor));
        Assert.Equal(code, entry.CodeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void UserTsv_MalformedLines_AreReportedWithFileAndLineAndSkipped()
    {
        const string file = "mine.tsv";
        var text = "# my actors\nJane Roe\tRoe\tUSAGOV\t2020-01-01\t\tperson/f\nbroken line without tabs\nJohn Doe\tDoe\tusagov\nBad Dates\t\tUSAGOV\t2020-13-01\nAcme Corp\tAcme\tUSABUS\n";
        var dictionary = new ActorDictionaryBuilder().AddBuiltIn().AddFile(file, new StringReader(text)).Build();
        var malformed = dictionary.Issues.Where(i => i.File == file && i.Kind == DictionaryIssueKind.Malformed).ToList();
        Assert.Equal([3, 4, 5], malformed.Select(i => i.Line));
        Assert.All(malformed, i => Assert.StartsWith("mine.tsv:", i.ToString(), StringComparison.Ordinal));
        Assert.Single(dictionary.Find("Jane Roe"));
        Assert.Single(dictionary.Find("Acme Corp"));
        Assert.Empty(dictionary.Find("John Doe"));
    }

    [Fact]
    public void UserTsv_ConflictingEntry_IsReportedAndOverridesOurs()
    {
        var dictionary = new ActorDictionaryBuilder().AddBuiltIn().AddFile("override.tsv", new StringReader("Interfax agency\tInterfax\tKAZMED\t\t\tmedia\n")).Build();
        var conflict = Assert.Single(dictionary.Issues, i => i.Kind == DictionaryIssueKind.Conflict);
        Assert.Equal(1, conflict.Line);
        var mentions = new ActorRecognizer(dictionary).Recognize("Interfax reported the talks.", null);
        Assert.Equal("KAZMED", Assert.Single(mentions, m => m.Text == "Interfax").Code);
    }

    [Fact]
    public void PetrarchActors_DatedCodesAndSynonyms_AreRead()
    {
        const string text = """
            # Phoenix-style entries
            JOHN_Q_PUBLIC_ [USAGOV >20170120]   ; from 2017
            +JQ_PUBLIC_
            RICHARD_ROE_ [GBRGOV 100511-160713] [GBRLEG <100511]
            +ROE_
            [GBR]
            +ORPHAN_WITHOUT_CODE
            NO_CODE_AT_ALL_
            BAD_DATE_ [USAGOV >2017013]
            """;
        var dictionary = new ActorDictionaryBuilder().AddFile("user.actors", new StringReader("+EARLY_SYNONYM\n" + text)).Build();
        var recognizer = new ActorRecognizer(dictionary);
        Assert.Equal("USAGOV", Assert.Single(recognizer.Recognize("JQ Public spoke.", new DateOnly(2018, 1, 1)), m => m.Code is not null).Code);
        Assert.Equal("GBRLEG", Assert.Single(recognizer.Recognize("Roe spoke.", new DateOnly(2009, 1, 1)), m => m.Code is not null).Code);
        Assert.Equal("GBRGOV", Assert.Single(recognizer.Recognize("Richard Roe spoke.", new DateOnly(2016, 7, 13)), m => m.Code is not null).Code);
        Assert.Equal("GBR", Assert.Single(recognizer.Recognize("Roe spoke.", new DateOnly(2016, 7, 14)), m => m.Code is not null).Code);
        var issues = dictionary.Issues.Select(i => (i.Line, i.Kind)).ToList();
        Assert.Contains((1, DictionaryIssueKind.Malformed), issues);
        Assert.Contains((9, DictionaryIssueKind.Malformed), issues);
        Assert.Contains((10, DictionaryIssueKind.Malformed), issues);
    }

    [Fact]
    public void PetrarchAgents_RolesCombineWithCountries()
    {
        const string text = "COAST_GUARDSMAN_ {COAST_GUARDSMEN} [~MIL]\nHARBOUR_PILOT_ [~BUS]\n!PERSON! [~GOV]\nBROKEN_ [~]\n";
        var dictionary = new ActorDictionaryBuilder().AddBuiltIn().AddFile("user.agents", new StringReader(text)).Build();
        var recognizer = new ActorRecognizer(dictionary);
        Assert.Contains(recognizer.Recognize("Japanese coast guardsmen boarded the ship.", null), m => m.Code == "JPNMIL");
        Assert.Contains(recognizer.Recognize("Dutch harbour pilots went on strike.", null), m => m.Code == "NLDBUS");
        Assert.Contains(dictionary.Issues, i => i.Line == 3 && i.Kind == DictionaryIssueKind.Unsupported);
        Assert.Contains(dictionary.Issues, i => i.Line == 4 && i.Kind == DictionaryIssueKind.Malformed);
    }

    [Fact]
    public void MissingUserFile_IsReported()
    {
        var dictionary = ActorDictionary.Load(["/nonexistent/actors.tsv"]);
        Assert.Contains(dictionary.Issues, i => i.File == "/nonexistent/actors.tsv" && i.Kind == DictionaryIssueKind.Malformed);
    }
}
