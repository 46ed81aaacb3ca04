using Chronicle.Events;

namespace Chronicle.Tests.Events;

/// <summary>Phrasings of summit and missile news that several outlets use for one happening: each must be coded the same
/// way so that their reports can merge (the merge pair set in bench/Chronicle.Bench/Data/pairs measures it).</summary>
public sealed class NewsPhrasingTests
{
    private static readonly DateOnly Date = new(2023, 7, 13);

    private static IReadOnlyList<CodedEvent> Code(string text) => Pipelines.Full.Code(new DocumentContext("t", Date), text);

    [Theory]
    [InlineData("North Korea fired a ballistic missile into the sea off its east coast on Wednesday.")]
    [InlineData("North Korea launched a long-range ballistic missile towards the sea on Wednesday.")]
    [InlineData("North Korea launched a short-range ballistic missile on Wednesday.")]
    [InlineData("North Korea tested its new Hwasong-18 solid-fuel intercontinental ballistic missile on Wednesday.")]
    public void Code_MissileWithoutActorTarget_IsShowOfForce(string text)
    {
        var e = Assert.Single(Code(text));
        Assert.Equal(("PRK", "150", null), (e.Source, e.Cameo.Code, e.Target));
    }

    [Fact]
    public void Code_MissileFiredAtAState_IsStillAnAttack()
    {
        var e = Assert.Single(Code("North Korea fired a ballistic missile towards Japan on Wednesday."));
        Assert.Equal(("195", "JPN"), (e.Cameo.Code, e.Target));
    }

    [Theory]
    [InlineData("Chinese President Xi Jinping and Russian President Vladimir Putin signed two joint statements in Moscow on Tuesday.")]
    [InlineData("Xi Jinping and Vladimir Putin signed the document on Tuesday.")]
    public void Code_SigningStatementsOrDocuments_IsAnAgreementBothWays(string text)
    {
        var events = Code(text);
        Assert.Equal(["CHNGOV>RUSGOV:057", "RUSGOV>CHNGOV:057"], events.Select(e => $"{e.Source}>{e.Target}:{e.Cameo.Code}").Order());
    }

    [Theory]
    [InlineData("US President Joe Biden and Chinese President Xi Jinping talked for about four hours at an estate near San Francisco.")]
    [InlineData("Chinese President Xi Jinping held more than four hours of informal talks with US President Joe Biden on Wednesday.")]
    public void Code_LeadersTalking_IsAConsultation(string text)
    {
        var events = Code(text);
        Assert.Contains(events, e => e.Cameo.Code == "040" && e.Source == "CHNGOV" && e.Target == "USAGOV" && e.Status == EventStatus.Happened);
    }

    [Fact]
    public void Code_WithoutReachingAnAgreement_IsNegated()
    {
        var events = Code("Donald Trump and Kim Jong Un ended their summit on Thursday without reaching an agreement.");
        var agreements = events.Where(e => e.Cameo.Root == "05").ToList();
        Assert.NotEmpty(agreements);
        Assert.All(agreements, e => Assert.Equal(EventStatus.Negated, e.Status));
    }
}
