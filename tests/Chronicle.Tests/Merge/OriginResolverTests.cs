using Chronicle.Extraction;
using Chronicle.Merge;

namespace Chronicle.Tests.Merge;

public sealed class OriginResolverTests
{
    private static PublicationDate Day(int d) => new(new DateOnly(2024, 6, d));

    [Fact]
    public void Resolve_CreditedAgency_IsTheOrigin()
    {
        OriginMember[] members =
        [
            new("1", "The Hindu", ["Reuters"], Day(20)),
            new("2", "Korea Times", [], Day(19)),
            new("3", "Straits Times", ["Reuters"], Day(21)),
        ];
        Assert.Equal("Reuters", OriginResolver.Resolve(members));
    }

    [Fact]
    public void Resolve_NoAgency_IsTheEarliestOutlet()
    {
        OriginMember[] members =
        [
            new("1", "B Times", [], Day(20)),
            new("2", "A Post", [], Day(19)),
            new("3", null, [], Day(1)),
        ];
        Assert.Equal("A Post", OriginResolver.Resolve(members));
    }

    [Fact]
    public void Resolve_NothingKnown_IsNull() =>
        Assert.Null(OriginResolver.Resolve([new OriginMember("1", null, [], null)]));
}
