using System.Diagnostics;
using Chronicle.Extraction;
using Chronicle.Merge;

namespace Chronicle.Bench.Pairs;

/// <summary>Measures the merge stage's two decisions on a labelled pair set (<c>pairs.tsv</c> in <paramref name="folder"/>):
/// same origin (the articles fall in one <see cref="NearDuplicateIndex"/> group) and same event (they are copies, or a merged
/// <see cref="EventMerger"/> event holds a news report of each, <see cref="EventReport.IsNews"/>), each article run through the real pipeline (extract, analyse, code).
/// Run: <c>dotnet run -c Release --project bench/Chronicle.Bench -- pairs bench/Chronicle.Bench/Data/pairs</c>.</summary>
public static class PairsBench
{
    public static int Run(string folder)
    {
        var labels = Path.Combine(folder, "pairs.tsv");
        if (!File.Exists(labels))
        {
            Console.Error.WriteLine($"pairs: {labels} not found: a pair set is a folder holding pairs.tsv.");
            return 2;
        }

        var pairs = LabelledPair.Read(labels);
        var clock = Stopwatch.StartNew();
        var engine = new ChronicleBuilder().Build();
        using var loader = engine.CreateLoader();
        var articles = new SortedDictionary<string, (Article Article, ArticleAnalysis Analysis)>(StringComparer.Ordinal);
        foreach (var path in pairs.SelectMany(p => new[] { p.A, p.B }).Distinct())
        {
            var loaded = loader.Load([Path.Combine(folder, path)]).ToList();
            if (loaded is not [{ IsSuccess: true, Value: { } document }])
                return Fail(path, loaded is [{ Error: { } error }] ? error : $"{loaded.Count} documents, one expected");
            var article = engine.Extract(document);
            if (article is not { IsSuccess: true, Value: { } value })
                return Fail(path, article.Error!);
            if (value.Published is null)
                return Fail(path, "no publication date was extracted");
            articles[path] = (value, engine.Analyse(value, path));
        }

        var index = new NearDuplicateIndex();
        foreach (var (path, (article, _)) in articles)
            index.Add(path, article.Body);
        var merger = new EventMerger();
        var reports = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (path, (article, analysis)) in articles)
        {
            var own = MergeInputs.Reports(analysis, path, index.GroupOf(path), MergeInputs.Moment(article.Published!.Value));
            foreach (var report in own)
                merger.Add(report);
            reports[path] = own.Where(r => r.IsNews).Select(r => r.Id).ToList();
        }

        var origin = new DecisionScore("same origin");
        var sameEvent = new DecisionScore("same event");
        foreach (var pair in pairs)
        {
            var shown = $"{pair.A}  {pair.B}  ({pair.Note})";
            var copies = index.GroupOf(pair.A) == index.GroupOf(pair.B);
            origin.Add(pair.SameOrigin, copies, shown);
            var events = reports[pair.A].Select(merger.EventOf).ToHashSet(StringComparer.Ordinal);
            var shared = reports[pair.B].Select(merger.EventOf).Where(events.Contains).Distinct().ToList();
            // Copies of one text report the same happenings, whether or not the coder found an event in them.
            sameEvent.Add(pair.SameEvent, copies || shared.Count > 0, shared.Count > 0 ? $"{shown}  shared: {string.Join(", ", shared)}" : shown);
        }

        Console.WriteLine($"pairs: {pairs.Count} pairs over {articles.Count} articles, {merger.Count} event reports, {merger.Events().Count} events, {index.Groups().Count} origin groups in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var score in new[] { origin, sameEvent })
        {
            Console.WriteLine(score);
            foreach (var line in score.Disagreements)
                Console.WriteLine("  " + line);
        }

        return 0;
    }

    private static int Fail(string path, string reason)
    {
        Console.Error.WriteLine($"pairs: {path}: {reason}");
        return 1;
    }
}
