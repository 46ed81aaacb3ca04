namespace Chronicle.Merge;

/// <summary>One happening and every report of it.</summary>
/// <param name="Key">The id of its first report: stable whatever order reports arrived in.</param>
/// <param name="Reports">All reports, earliest first.</param>
/// <param name="Origins">Distinct origin groups reporting it (syndicated copies count once).</param>
/// <param name="Sources">Distinct independent sources behind it: whom each report cites, else its origin. "Seoul said" in
/// ten outlets is one source.</param>
public sealed record MergedEvent(string Key, IReadOnlyList<EventReport> Reports, int Origins, IReadOnlyList<string> Sources)
{
    public EventReport FirstReport => Reports[0];

    public int Mentions => Reports.Count;

    public bool IsSingleSource => Sources.Count == 1;
}
