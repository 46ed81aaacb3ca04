using Chronicle.Events;
using Chronicle.Events.Patterns;

namespace Chronicle.Tests.Events;

public sealed class TabariVerbImporterTests
{
    private const string Dictionary = """
        # a user's dictionary in the TABARI / PETRARCH format
        &MILITARY
        +TROOPS
        +SOLDIERS
        +ARMED_FORCES
        --- RUSH  [070] ---
        RUSH {RUSHED RUSHES RUSHING}
        - * &MILITARY TO + [074]
        - * {FOOD | MEDICINE} TO + [073]
        - + * BACK [---]
        - $ HURRIED * TO + [074]
        --- CHASTISE  [111] ---
        CHASTISE
        CHASTISED
        """;

    [Fact]
    public void Import_ReadsGroupsFormsSetsAndPhrases()
    {
        var definitions = TabariVerbImporter.Import(new StringReader(Dictionary));
        Assert.Equal("rush", definitions.Forms["rushed"]);
        Assert.Equal("chastise", definitions.Forms["chastised"]);
        Assert.Equal(3, definitions.Sets["&military"].Count);
        var troops = Assert.Single(definitions.Patterns, p => p.Code == "074");
        Assert.Equal("rush", troops.Head);
        Assert.Equal("troops|soldiers|armed_forces to +", string.Join(' ', troops.Elements));
        Assert.Contains(definitions.Patterns, p => p.Code == "073" && p.Elements[0].ToString() == "food|medicine");
        Assert.Contains(definitions.Patterns, p => p.Code == "111" && p.Elements.Count == 0);
        Assert.Single(definitions.Skipped);
        Assert.DoesNotContain(definitions.Patterns, p => p.Code == "---");
    }

    [Fact]
    public void Import_MergedWithTheEmbeddedPatterns_CodesWithTheUsersVerbs()
    {
        var user = TabariVerbImporter.Import(new StringReader(Dictionary));
        var embedded = PatternFileReader.Read(EmbeddedResources.ReadDataLines("events/patterns.tsv"));
        var book = PatternBook.Build(CameoCodebook.Default, embedded, user);
        Assert.Equal("rush", book.VerbLemma("rushing", "rushing"));
        Assert.Contains(book.VerbPatterns("rush"), p => p.Code == "074");
        Assert.Equal("send", book.VerbLemma("sent", "sent"));
    }
}
