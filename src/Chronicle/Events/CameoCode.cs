namespace Chronicle.Events;

/// <summary>One entry of the CAMEO codebook with its PLOVER counterpart.</summary>
/// <param name="Code">Two to four digits: <c>04</c>, <c>042</c>, <c>0871</c>.</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Goldstein">The Goldstein weight, −10 (most conflictual) to +10 (most cooperative).</param>
/// <param name="Plover">The PLOVER event type (<c>CONSULT</c>, <c>AID</c>, …).</param>
/// <param name="PloverMode">The PLOVER mode where one applies (<c>visit</c>, <c>military</c>), else null.</param>
public sealed record CameoCode(string Code, string Name, int QuadClass, double Goldstein, string Plover, string? PloverMode)
{
    /// <summary>The two-digit root: <c>0871</c> → <c>08</c>.</summary>
    public string Root => Code[..2];
}
