namespace Chronicle.Storage;

/// <summary>One origin group behind a merged event: the copies of one text, named after its credited agency or first publisher.</summary>
/// <param name="Group">The store id of the group's first article (by document hash).</param>
/// <param name="Articles">The group's articles that report the event.</param>
public sealed record EventOrigin(long Group, string? Name, IReadOnlyList<long> Articles);

/// <summary>A merged event: every mention of one happening, first report first, the origins they come from and the
/// independent sources behind them.</summary>
/// <param name="Id">The store id of its first report.</param>
public sealed record MergedEventReport(long Id, IReadOnlyList<StoredEvent> Mentions, IReadOnlyList<EventOrigin> Origins, IReadOnlyList<string> Sources)
{
    public StoredEvent FirstReport => Mentions[0];
}
