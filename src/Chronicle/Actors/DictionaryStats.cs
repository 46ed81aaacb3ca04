namespace Chronicle.Actors;

/// <summary>What loading the dictionaries cost: counts, wall time and managed bytes allocated while building.</summary>
public sealed record DictionaryStats(int Actors, int Names, int Roles, int Places, TimeSpan LoadTime, long AllocatedBytes)
{
    public override string ToString() =>
        $"{Actors} actors, {Names} names, {Roles} roles, {Places} places; loaded in {LoadTime.TotalMilliseconds:F0} ms, {AllocatedBytes / 1024.0 / 1024.0:F1} MB allocated";
}
