using System.Runtime.InteropServices;

namespace Chronicle.Merge;

/// <summary>Merges reports of the same happening — from different sentences and articles — into one event. Two reports
/// are the same event when their actors agree up to role (<c>RUSGOV</c> ~ <c>RUS</c>), their CAMEO codes agree (same
/// root, one code refining the other, or a visit seen from both sides: A 042 B ~ B 043 A), their times overlap within
/// their precision, their places do not contradict each other (two different places the gazetteer knows) and their
/// status is the same. Events are connected components of such pairs, keyed by their earliest report, so the result does not depend on arrival order.</summary>
public sealed class EventMerger
{
    internal const int SlackDays = 1;
    private const int UndatedWindowDays = 7;

    private readonly List<EventReport> _reports = [];
    private readonly Postings _blocks = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly DisjointSets _sets;

    public EventMerger() => _sets = new DisjointSets((a, b) => ReportOrder.Instance.Compare(_reports[a], _reports[b]));

    public int Count => _reports.Count;

    /// <summary>Adds a report and returns the key of the event it belongs to now.</summary>
    public string Add(EventReport report)
    {
        var id = _reports.Count;
        if (!_ids.TryAdd(report.Id, id))
            throw new InvalidOperationException($"Event report '{report.Id}' was already added.");
        _reports.Add(report);
        _sets.Add();
        _blocks.Add(id, BlockKeys(report), other =>
        {
            if (SameEvent(report, _reports[other]))
                _sets.Union(id, other);
        });

        return _reports[_sets.Find(id)].Id;
    }

    public string EventOf(string reportId) => _reports[_sets.Find(_ids[reportId])].Id;

    /// <summary>Every event, earliest first.</summary>
    public IReadOnlyList<MergedEvent> Events()
    {
        var groups = new Dictionary<int, List<EventReport>>();
        for (var id = 0; id < _reports.Count; id++)
        {
            ref var members = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, _sets.Find(id), out _);
            (members ??= []).Add(_reports[id]);
        }

        return groups.Values
            .Select(Summarise)
            .OrderBy(e => e.FirstReport, ReportOrder.Instance)
            .ToList();
    }

    /// <summary>One event from all of its reports (in any order): its first report, origins and independent sources.</summary>
    public static MergedEvent Summarise(IEnumerable<EventReport> reports)
    {
        var ordered = reports.Order(ReportOrder.Instance).ToList();
        var sources = ordered.Select(r => r.ReportedBy ?? r.Origin).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var origins = ordered.Select(r => r.Origin).Distinct(StringComparer.Ordinal).Count();
        return new MergedEvent(ordered[0].Id, ordered, origins, sources);
    }

    /// <summary>The archive's coarser block: the unordered pair of actor countries and the CAMEO root. Stricter than
    /// <see cref="BlockKeys"/> (a report with one unknown actor only meets reports with the same unknown side) until the
    /// store keeps several block keys per report.</summary>
    internal static string BlockKey(EventReport report)
    {
        var a = Country(report.Source) ?? "-";
        var b = Country(report.Target) ?? "-";
        if (string.CompareOrdinal(a, b) > 0)
            (a, b) = (b, a);
        return $"{a}|{b}|{Root(report.Cameo)}";
    }

    /// <summary>Reports that can be one event share a known actor country and the CAMEO root; a report whose actors are
    /// both unknown can only join others like it.</summary>
    private static IEnumerable<string> BlockKeys(EventReport report)
    {
        var root = Root(report.Cameo);
        var (a, b) = (Country(report.Source), TargetCountry(report));
        if (a is null && b is null)
            yield return $"-|{root}";
        if (a is not null)
            yield return $"{a}|{root}";
        if (b is not null && b != a)
            yield return $"{b}|{root}";
    }

    internal static bool SameEvent(EventReport x, EventReport y)
    {
        if (!string.Equals(x.Status, y.Status, StringComparison.Ordinal))
            return false;
        var (xs, xt, ys, yt) = (Country(x.Source), TargetCountry(x), Country(y.Source), TargetCountry(y));
        var sameDirection = ActorsAgree(xs, ys, xt, yt);
        var swapped = ActorsAgree(xs, yt, xt, ys);
        if (!CodesAgree(x.Cameo, y.Cameo, sameDirection, swapped))
            return false;
        if (x.Location is not null && y.Location is not null && !Gazetteer.Agree(x.Location, y.Location))
            return false;

        // A report with an unknown actor ("Kim arrived in Vladivostok", "Kim met the military") fits only on its own days:
        // with a day's slack, Kim's meetings on four days of one trip would chain into one event.
        var slack = Complete(x) && Complete(y) ? SlackDays : 0;
        return Window(x).Meets(Window(y), slack);
    }

    private static bool CodesAgree(string a, string b, bool sameDirection, bool swapped)
    {
        if (Root(a) != Root(b))
            return false;
        var (ga, gb) = (Unspecified(a), Unspecified(b));
        var refines = ga.StartsWith(gb, StringComparison.Ordinal) || gb.StartsWith(ga, StringComparison.Ordinal);
        if (sameDirection && refines)
            return true;

        // A visit is hosted by the visited side: "Putin visited Pyongyang" (042) is "Kim hosted Putin" (043).
        if (swapped && ((a == "042" && b == "043") || (a == "043" && b == "042")))
            return true;

        // Consultations and diplomatic cooperation are mutual: "Putin met Kim" is "Kim met Putin".
        return swapped && refines && Root(a) is "04" or "05";
    }

    /// <summary>The days a report can be about: its resolved time, else the week before its article appeared.</summary>
    internal static TimeWindow Window(EventReport report)
    {
        if (TimeWindow.TryParse(report.When, out var window))
            return window;
        var published = DateOnly.FromDateTime(report.Published.UtcDateTime);
        return new TimeWindow(published.AddDays(-UndatedWindowDays), published);
    }

    /// <summary>Two actor slots agree when each pair of countries is equal or has an unknown side, and at least one pair
    /// is known on both sides: "Kim met Trump" (PRK, USA) and "Kim met him" (PRK, unknown) can be one event; two reports
    /// that share no known actor cannot.</summary>
    private static bool ActorsAgree(string? a1, string? b1, string? a2, string? b2) =>
        Fits(a1, b1) && Fits(a2, b2) && ((a1 is not null && b1 is not null) || (a2 is not null && b2 is not null));

    private static bool Complete(EventReport report) => Country(report.Source) is not null && TargetCountry(report) is not null;

    /// <summary>The target's country; for a visit with no target, the country of the place visited ("Shoigu arrived in
    /// Pyongyang" is a visit to North Korea).</summary>
    private static string? TargetCountry(EventReport report)
    {
        var target = Country(report.Target);
        if (target is not null || !report.Cameo.StartsWith("042", StringComparison.Ordinal) || report.Location is null)
            return target;
        var host = Gazetteer.CountryOf(report.Location);
        return host == Country(report.Source) ? null : host;
    }

    private static bool Fits(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.Ordinal);

    /// <summary>The actor's country (or organisation) part: state codes start with three letters; an IGO code stays whole.
    /// A role alone (<c>MIL</c>: "the military" whose country the coder could not tell) names no country.</summary>
    private static string? Country(string? code) =>
        code is null || RoleCodes.IsRoleOnly(code) ? null
        : code.StartsWith("IGO", StringComparison.Ordinal) || code.Length <= 3 ? code : code[..3];

    /// <summary>CAMEO's "not specified below" codes end in 0 (<c>040</c> consult, <c>0740</c>): they agree with any sibling.</summary>
    private static string Unspecified(string cameo) =>
        cameo.Length > 2 && cameo[^1] == '0' ? cameo[..^1] : cameo;

    private static string Root(string cameo) => cameo.Length >= 2 ? cameo[..2] : cameo;

    private sealed class ReportOrder : IComparer<EventReport>
    {
        public static ReportOrder Instance { get; } = new();

        public int Compare(EventReport? x, EventReport? y)
        {
            var byTime = x!.Published.CompareTo(y!.Published);
            return byTime != 0 ? byTime : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
