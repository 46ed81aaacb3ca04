using System.Collections.Frozen;

namespace Chronicle.Merge;

/// <summary>The CAMEO role codes of the actor layer's <c>roles.tsv</c>: a code that is a role alone (<c>MIL</c>, <c>GOV</c>)
/// belongs to an actor whose country is unknown.</summary>
internal static class RoleCodes
{
    private static readonly FrozenSet<string> Roles = EmbeddedResources.ReadDataLines("actors/roles.tsv")
        .Select(l => l.Line.Split('\t'))
        .Where(f => f.Length > 1 && f[1].Length == 3)
        .Select(f => f[1])
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsRoleOnly(string code) => Roles.Contains(code);
}
