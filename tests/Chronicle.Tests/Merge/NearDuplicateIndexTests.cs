using Chronicle.Merge;

namespace Chronicle.Tests.Merge;

public sealed class NearDuplicateIndexTests
{
    private const string Wire =
        "North Korean leader Kim Jong Un arrived at the Vostochny Cosmodrome in Russia's Far East on Wednesday for a summit with President Vladimir Putin, " +
        "the Kremlin said, as Washington warned that the two countries were close to an arms deal. " +
        "Putin greeted Kim at the launch site and the two leaders toured the facility before holding talks with their delegations. " +
        "Asked whether Russia would help North Korea build satellites, Putin told reporters that this was why they had come to the cosmodrome. " +
        "The United States and South Korea have said Pyongyang could supply artillery shells and rockets for Russia's war in Ukraine, a charge both countries deny. " +
        "Kim travelled to Russia by armoured train, his first trip abroad since the coronavirus pandemic.";

    private const string Other =
        "Japan and South Korea agreed on Thursday to resume regular security talks after a five-year pause, officials in Tokyo said. " +
        "The foreign ministers met in Seoul and discussed North Korea's missile launches, supply chains and the war in Ukraine. " +
        "Both governments said they would hold a further round of talks before the end of the year and invite the United States to join. " +
        "The meeting followed a summit between the two leaders in March that ended a long dispute over wartime labour.";

    [Fact]
    public void Add_SyndicatedCopyWithOtherBoilerplate_JoinsTheOriginal()
    {
        var index = new NearDuplicateIndex();
        index.Add("a", Wire);
        var copy = "SHARE THIS ARTICLE. Updated 2 hours ago. " + Wire.Replace("Wednesday", "Wednesday,") + " Subscribe to our newsletter for more world news.";
        var matches = index.Add("b", copy);
        Assert.Equal(["a"], matches);
        Assert.Equal(index.GroupOf("a"), index.GroupOf("b"));
    }

    [Fact]
    public void Add_TrimmedCopy_IsStillACopy()
    {
        var index = new NearDuplicateIndex();
        index.Add("full", Wire);
        var trimmed = Wire[..(Wire.Length * 2 / 3)];
        Assert.Single(index.Add("trimmed", trimmed));
    }

    [Fact]
    public void Add_DifferentStoryOnTheSameTopic_IsNotACopy()
    {
        var index = new NearDuplicateIndex();
        index.Add("a", Wire);
        Assert.Empty(index.Add("b", Other));
        Assert.NotEqual(index.GroupOf("a"), index.GroupOf("b"));
    }

    [Fact]
    public void Add_TooShortText_IsNeverACopy()
    {
        var index = new NearDuplicateIndex();
        index.Add("a", "Putin met Kim.");
        Assert.Empty(index.Add("b", "Putin met Kim."));
    }

    [Fact]
    public void Groups_DoNotDependOnInsertionOrder()
    {
        var texts = new Dictionary<string, string>
        {
            ["x1"] = Wire,
            ["x2"] = "Breaking: " + Wire,
            ["x3"] = Wire[..(Wire.Length * 3 / 4)] + " Read more stories.",
            ["y1"] = Other,
            ["y2"] = Other + " Follow us on social media.",
        };
        string Snapshot(IEnumerable<string> order)
        {
            var index = new NearDuplicateIndex();
            foreach (var key in order)
                index.Add(key, texts[key]);
            return string.Join(";", index.Groups().Select(g => string.Join(",", g))) + "|" +
                   string.Join(",", texts.Keys.Order(StringComparer.Ordinal).Select(index.GroupOf));
        }

        var expected = Snapshot(texts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("x1,x2,x3;y1,y2|x1,x1,x1,y1,y1", expected);
        Assert.Equal(expected, Snapshot(texts.Keys.OrderByDescending(k => k, StringComparer.Ordinal)));
        Assert.Equal(expected, Snapshot(["y2", "x3", "x1", "y1", "x2"]));
    }

    [Fact]
    public void Add_SameKeyTwice_Throws()
    {
        var index = new NearDuplicateIndex();
        index.Add("a", Wire);
        Assert.Throws<InvalidOperationException>(() => index.Add("a", Wire));
    }
}
