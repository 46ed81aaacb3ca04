using Chronicle.Actors;
using Chronicle.Events;
using Chronicle.Language;

namespace Chronicle.Tests.Events;

public sealed class EventCoderTests
{
    private static readonly TextAnalyzer Analyzer = new();
    private static readonly EventCoder Coder = new();

    private static readonly (string, string?, ActorType)[] World =
    [
        ("Russian President Vladimir Putin", "RUSGOV", ActorType.Person),
        ("North Korean leader Kim Jong Un", "PRKGOV", ActorType.Person),
        ("North Korean delegation", "PRKGOV", ActorType.Government),
        ("North Korean soldiers", "PRKMIL", ActorType.Military),
        ("North Korea", "PRK", ActorType.State),
        ("South Korea", "KOR", ActorType.State),
        ("Putin", "RUSGOV", ActorType.Person),
        ("Trump", "USAGOV", ActorType.Person),
        ("Russia", "RUS", ActorType.State),
        ("Ukraine", "UKR", ActorType.State),
        ("China", "CHN", ActorType.State),
        ("Israel", "ISR", ActorType.State),
        ("Seoul", "KORGOV", ActorType.Government),
        ("Moscow", "Moscow", ActorType.Place),
        ("Beijing", "Beijing", ActorType.Place),
        ("Kim", "PRKGOV", ActorType.Person),
        ("he", "PRKGOV", ActorType.Person),
    ];

    private static IReadOnlyList<CodedEvent> Code(string text, string date = "2025-02-28")
    {
        var anchor = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var analysis = Analyzer.Analyse(text, anchor);
        return Coder.Code(analysis, GivenMentions.In(text, World), new DocumentContext("t", anchor));
    }

    private static CodedEvent Single(string text) => Assert.Single(Code(text));

    [Fact]
    public void Code_SubjectVerbPrepositionalObject_GivesSourceCodeTarget()
    {
        var e = Single("Russian President Vladimir Putin met with North Korean leader Kim Jong Un in Moscow.");
        Assert.Equal(("RUSGOV", "PRKGOV", "040"), (e.Source, e.Target, e.Cameo.Code));
        Assert.Equal("Moscow", e.Location);
        Assert.Equal(EventStatus.Happened, e.Status);
        Assert.Equal("2025-02-28", e.Date);
        Assert.Equal("meet.with", e.Rule);
        Assert.Equal("met with", e.Evidence.Verb.Text);
        Assert.Equal("North Korean leader Kim Jong Un", e.Evidence.Target?.Text);
    }

    [Fact]
    public void Code_TroopsToCountry_IsMilitaryAidToThatCountry()
    {
        var e = Single("Seoul said North Korea appears to have sent more troops to Russia to support Putin's war against Ukraine.");
        Assert.Equal(("PRK", "RUS", "07"), (e.Source, e.Target, e.Cameo.Root));
        Assert.Equal(EventStatus.Happened, e.Status);
        Assert.True(e.Confidence < 0.9, "a hedged claim has less confidence");
    }

    [Fact]
    public void Code_Passive_SwapsAgentAndSubject()
    {
        var e = Single("Ukraine was attacked by Russia overnight.");
        Assert.Equal(("RUS", "UKR", "19"), (e.Source, e.Target, e.Cameo.Root));
    }

    [Fact]
    public void Code_AgentlessPassive_GivesNoEvent() => Assert.Empty(Code("Ukraine was attacked overnight."));

    [Fact]
    public void Code_CompoundSubjectOfMutualCode_GivesBothDirections()
    {
        var events = Code("Russia and North Korea signed a strategic partnership pact.");
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e is { Source: "RUS", Target: "PRK" } && e.Cameo.Code == "057");
        Assert.Contains(events, e => e is { Source: "PRK", Target: "RUS" } && e.Cameo.Code == "057");
    }

    [Fact]
    public void Code_CompoundSubjectWithTarget_GivesEachSourceToTheTarget()
    {
        var events = Code("Russia and China condemned Israel.");
        Assert.Equal(["CHN>ISR", "RUS>ISR"], events.Select(e => $"{e.Source}>{e.Target}").Order().ToArray());
    }

    [Fact]
    public void Code_RelativeClause_DoesNotStealTheSubject()
    {
        var events = Code("Putin, who visited China last year, praised the bravery of North Korean soldiers.");
        Assert.Contains(events, e => (e.Source, e.Target, e.Cameo.Code) == ("RUSGOV", "PRKMIL", "051"));
        Assert.Contains(events, e => (e.Source, e.Target, e.Cameo.Code) == ("RUSGOV", "CHN", "042"));
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Code_ReducedRelative_DoesNotStealTheSubject()
    {
        var e = Single("Putin held talks with a North Korean delegation led by Kim in Moscow.");
        Assert.Equal(("RUSGOV", "PRKGOV", "04"), (e.Source, e.Target, e.Cameo.Root));
        Assert.Equal("Moscow", e.Location);
    }

    [Fact]
    public void Code_GerundAfterBy_SharesTheMainClauseSubject()
    {
        var e = Single("Trump has upended policy on the war in Ukraine by agreeing to talk with Putin about halting the invasion.");
        Assert.Equal(("USAGOV", "RUSGOV", "036"), (e.Source, e.Target, e.Cameo.Code));
        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Theory]
    [InlineData("Russia did not attack Ukraine.", EventStatus.Negated)]
    [InlineData("Russia has refused to condemn Israel.", EventStatus.Negated)]
    [InlineData("North Korea could send troops to Russia.", EventStatus.Hypothetical)]
    [InlineData("Putin plans to visit China.", EventStatus.Planned)]
    [InlineData("Putin will visit China.", EventStatus.Planned)]
    [InlineData("North Korea denied sending troops to Russia.", EventStatus.Denied)]
    [InlineData("North Korea denied that it had sent troops to Russia.", EventStatus.Denied)]
    [InlineData("Will Russia attack Ukraine?", EventStatus.Question)]
    [InlineData("If Russia attacks Ukraine, China will respond.", EventStatus.Hypothetical)]
    public void Code_Status_IsNeverHappenedForNegatedModalPlannedDeniedOrQuestioned(string text, EventStatus status)
    {
        var events = Code(text);
        Assert.NotEmpty(events);
        Assert.Equal(status, events[0].Status);
    }

    [Fact]
    public void Code_NominalEventBetweenActors_TakesPlaceAndDateOfItsClause()
    {
        var text = "Ties between Russia and North Korea have strengthened since the signing of a strategic partnership pact during a summit in Pyongyang last June.";
        var events = Code(text).Where(e => e.Cameo.Code == "057").ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("Pyongyang", e.Location));
    }

    [Fact]
    public void Code_ImplicitTarget_IsTheOtherActorNamedBefore()
    {
        var e = Single("Kim considered support for Russia a fraternal duty and said he was prepared to do everything possible to assist.");
        Assert.Equal(("PRKGOV", "RUS", "03"), (e.Source, e.Target, e.Cameo.Root));
    }

    [Fact]
    public void Code_ControlVerb_GivesOneEventWithTheGovernedVerbsTarget()
    {
        var e = Single("North Korea pledged to send troops to Russia.");
        Assert.Equal(("PRK", "RUS", "03"), (e.Source, e.Target, e.Cameo.Root));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Russia, North Korea, China.")]
    [InlineData("Путин встретился с Ким Чен Ыном в Москве.")]
    [InlineData("普京在莫斯科会见了金正恩。")]
    [InlineData("))) ((( ,,, ... !!! ???")]
    public void Code_TextWithoutEvents_GivesNothing(string text) => Assert.Empty(Code(text));

    [Fact]
    public void Code_TenThousandTokenSentence_FinishesInBoundedTime()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2500).Select(i => i % 7 == 0 ? "Russia attacked Ukraine and" : "the"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var events = Code(words);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.NotEmpty(events);
    }
}
